import { emptyChart, useEditor } from '../../store/editor-store.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';
import { chartTemplates } from './templates.js';

/** "New": replace the chart with a template or an empty one (undoable, so no confirmation). */
export function NewMenu() {
  const { open, setOpen, close, root, button } = usePopup(FIRST_MENU_ITEM);

  const start = (chart: typeof emptyChart, name: string) => {
    close(false);
    const editor = useEditor.getState();
    editor.replaceChart(chart);
    editor.notify(`Started ${name}. Undo (Ctrl+Z) brings the previous chart back.`);
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
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
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          {chartTemplates.map((template) => (
            <button
              key={template.id}
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
