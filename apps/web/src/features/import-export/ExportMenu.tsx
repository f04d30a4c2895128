import { type ExportFormat, exportFormats } from '@orgwise/formats';
import { useMessages } from '../../i18n/use-messages.js';
import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';
import { formatText, messages } from './messages.js';

const chartFormats = exportFormats('chart');

interface ExportMenuProps {
  /** An export is running: the button ignores clicks but keeps its focus. */
  busy: boolean;
  onExport: (format: ExportFormat<'chart'>) => void;
}

/**
 * "Export" and its menu of the chart's formats from the registry (WAI-ARIA menu button: arrow
 * keys, Home and End move between the items, Escape closes and returns to the button, Tab or a
 * click elsewhere closes).
 */
export function ExportMenu({ busy, onExport }: ExportMenuProps) {
  const t = useMessages(messages);
  const { open, setOpen, close, root, button } = usePopup(FIRST_MENU_ITEM);

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
        {t('export')}
      </button>
      {open && (
        <div
          className="menu-popup"
          role="menu"
          aria-label={t('exportMenu')}
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          {chartFormats.map((format) => (
            <MenuItem
              label={formatText(t, format, 'label')}
              description={formatText(t, format, 'description')}
              key={format.id}
              tabIndex={-1}
              data-testid={`export-${format.extension}`}
              onClick={() => {
                close(true);
                onExport(format);
              }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
