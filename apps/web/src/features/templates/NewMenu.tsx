import { chartTemplates } from '@orgwise/editor';
import { emptyChart, useEditor } from '../../store/editor-store.js';
import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';

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
            <MenuItem
              label={template.name}
              description={template.description}
              key={template.id}
              data-testid="new-template"
              data-template={template.id}
              onClick={() => start(template.chart, `from the ${template.name} template`)}
            />
          ))}
          <MenuItem
            label="Empty chart"
            description="A blank canvas and the palette."
            data-testid="new-template"
            data-template="empty"
            onClick={() => start(emptyChart, 'an empty chart')}
          />
        </div>
      )}
    </div>
  );
}
