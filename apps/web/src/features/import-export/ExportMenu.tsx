import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

export type ExportFormat = 'json' | 'csv' | 'png' | 'svg';

const formats: readonly { format: ExportFormat; name: string; description: string }[] = [
  { format: 'json', name: 'JSON', description: 'Everything in the chart; imports back exactly.' },
  { format: 'csv', name: 'CSV', description: 'A row per position, for Excel and HR systems.' },
  {
    format: 'png',
    name: 'PNG image',
    description: 'The whole chart as a picture, for slides and e-mail.',
  },
  {
    format: 'svg',
    name: 'SVG image',
    description: 'The whole chart, sharp at any size, for print.',
  },
];

interface ExportMenuProps {
  /** An export is running: the button ignores clicks but keeps its focus. */
  busy: boolean;
  onExport: (format: ExportFormat) => void;
}

/**
 * "Export" and its menu of formats (WAI-ARIA menu button: arrow keys, Home and End move between
 * the items, Escape closes and returns to the button, Tab or a click elsewhere closes).
 */
export function ExportMenu({ busy, onExport }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={busy}
        onClick={() => {
          if (!busy) setOpen((value) => !value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open && !busy) {
            event.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="export-menu"
      >
        Export
      </button>
      {open && (
        <div
          className="menu-popup"
          role="menu"
          aria-label="Export the chart as"
          onKeyDown={onMenuKeyDown}
        >
          {formats.map(({ format, name, description }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              data-testid={`export-${format}`}
              onClick={() => {
                setOpen(false);
                button.current?.focus();
                onExport(format);
              }}
            >
              <span className="menu-item-name">{name}</span>
              <span className="menu-item-description">{description}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
