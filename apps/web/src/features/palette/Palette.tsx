import { PALETTE_DRAG_TYPE, type PaletteEntry } from '@orgwise/editor';
import { type DragEvent, memo, useCallback } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { localPaletteEntries } from '../../store/local-palette.js';
import { paletteMessages } from '../../store/palette.messages.js';
import './palette.css';

/**
 * The roles a user can add: drag one onto the canvas (a new top) or onto a card (a new direct
 * report), or press it to add under the selected position (a new top when nothing is selected).
 */
export function Palette() {
  const t = useMessages(paletteMessages);
  const selectedTitle = useEditor((state) =>
    state.selectedId === null
      ? null
      : (state.chart.positions.find((position) => position.id === state.selectedId)?.title ?? null),
  );
  return (
    <section className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading" className="panel-heading">
        {t('heading')}
      </h2>
      <p className="palette-hint" id="palette-hint">
        {selectedTitle === null
          ? t('hintTop')
          : t.rich('hintUnder', {
              selection: <strong>{selectedTitle || t('theSelection')}</strong>,
            })}
      </p>
      <ul className="palette-list">
        {localPaletteEntries(t.locale).map((entry) => (
          <li key={entry.key}>
            <PaletteItem entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const PaletteItem = memo(function PaletteItem({ entry }: { entry: PaletteEntry }) {
  const add = useCallback(() => {
    const { addPosition, selectedId } = useEditor.getState();
    addPosition(entry, selectedId);
  }, [entry]);
  const onDragStart = useCallback(
    (event: DragEvent<HTMLButtonElement>) => {
      event.dataTransfer.setData(PALETTE_DRAG_TYPE, entry.key);
      event.dataTransfer.effectAllowed = 'copy';
    },
    [entry],
  );
  return (
    <button
      type="button"
      className={`palette-item${entry.role === null ? ' palette-item--plain' : ''}`}
      draggable
      onDragStart={onDragStart}
      onClick={add}
      title={entry.hint}
      aria-describedby="palette-hint"
      data-testid="palette-item"
      data-role={entry.key}
    >
      <span className="palette-item-label">{entry.label}</span>
    </button>
  );
});
