import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef, useState } from 'react';
import { emptyChart, useEditor } from '../../store/editor-store.js';
import { chartTemplates } from './templates.js';

/** Arrow keys, Home and End move between a menu's items, as in any desktop menu. */
function moveFocus(event: ReactKeyboardEvent<HTMLDivElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'ArrowDown'
      ? (at + 1) % items.length
      : event.key === 'ArrowUp'
        ? (at - 1 + items.length) % items.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : undefined;
  if (next === undefined) return;
  event.preventDefault();
  items[next]?.focus();
}

/** "New": replace the chart with a template or an empty one (undoable, so no confirmation). */
export function NewMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('button')?.focus();
        return;
      }
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const start = (chart: typeof emptyChart, name: string) => {
    setOpen(false);
    const editor = useEditor.getState();
    editor.replaceChart(chart);
    editor.notify(`Started ${name}. Undo (Ctrl+Z) brings the previous chart back.`);
  };

  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        data-testid="new-menu"
      >
        New
      </button>
      {open && (
        <div
          className="menu-popup"
          role="menu"
          aria-label="Start a new chart"
          onKeyDown={moveFocus}
        >
          {chartTemplates.map((template, i) => (
            <button
              key={template.id}
              ref={i === 0 ? first : undefined}
              type="button"
              role="menuitem"
              className="menu-item"
              data-testid="new-template"
              data-template={template.id}
              onClick={() => start(template.chart, `from the ${template.name} template`)}
            >
              <span className="menu-item-name">{template.name}</span>
              <span className="menu-item-description">{template.description}</span>
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            data-testid="new-template"
            data-template="empty"
            onClick={() => start(emptyChart, 'an empty chart')}
          >
            <span className="menu-item-name">Empty chart</span>
            <span className="menu-item-description">A blank canvas and the palette.</span>
          </button>
        </div>
      )}
    </div>
  );
}
