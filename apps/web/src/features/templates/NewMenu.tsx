import { chartTemplates } from '@orgwise/editor';
import { translate } from '../../i18n/translate.js';
import { useMessages } from '../../i18n/use-messages.js';
import { emptyChart, useEditor } from '../../store/editor-store.js';
import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';
import { messages, templateText } from './messages.js';

/** "New": replace the chart with a template or an empty one (undoable, so no confirmation). */
export function NewMenu() {
  const t = useMessages(messages);
  const { open, setOpen, close, root, button } = usePopup(FIRST_MENU_ITEM);

  const start = (chart: typeof emptyChart, name: string | null) => {
    close(false);
    const editor = useEditor.getState();
    editor.replaceChart(chart);
    const say = translate(messages);
    editor.notify(name === null ? say('startedEmpty') : say('startedTemplate', { name }));
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
        {t('newMenu')}
      </button>
      {open && (
        <div
          className="menu-popup"
          role="menu"
          aria-label={t('newMenuLabel')}
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          {chartTemplates.map((template) => (
            <MenuItem
              label={templateText(t, template, 'name')}
              description={templateText(t, template, 'description')}
              key={template.id}
              data-testid="new-template"
              data-template={template.id}
              onClick={() => start(template.chart, templateText(t, template, 'name'))}
            />
          ))}
          <MenuItem
            label={t('emptyName')}
            description={t('emptyMenuDescription')}
            data-testid="new-template"
            data-template="empty"
            onClick={() => start(emptyChart, null)}
          />
        </div>
      )}
    </div>
  );
}
