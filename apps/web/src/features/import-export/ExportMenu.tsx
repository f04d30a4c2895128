import { MenuItem } from '../../ui/MenuItem.js';
import { FIRST_MENU_ITEM, onMenuKeyDown, usePopup } from '../../ui/use-popup.js';

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
        Export
      </button>
      {open && (
        <div
          className="menu-popup"
          role="menu"
          aria-label="Export the chart as"
          onKeyDown={(event) => onMenuKeyDown(event, close)}
        >
          {formats.map(({ format, name, description }) => (
            <MenuItem
              label={name}
              description={description}
              key={format}
              tabIndex={-1}
              data-testid={`export-${format}`}
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
