import type { Position } from '@orgwise/domain';
import { useMemo, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';

import { messages } from './messages.js';

/** The position's dotted (matrix) lines: to whom it also reports, outside the tree. */
export function DottedLinesEditor({ position }: { position: Position }) {
  const t = useMessages(messages);
  const chart = useEditor((state) => state.chart);
  const [choice, setChoice] = useState('');
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const candidate of chart.positions) {
      if (!map.has(candidate.id)) map.set(candidate.id, candidate.title.trim() || candidate.id);
    }
    return map;
  }, [chart.positions]);
  const lines = (chart.dottedLines ?? []).filter((line) => line.from === position.id);
  const targets = useMemo(
    () =>
      [...titles.entries()].filter(
        ([id]) =>
          id !== position.id && id !== position.reportsTo && !lines.some((line) => line.to === id),
      ),
    [titles, position.id, position.reportsTo, lines],
  );
  const apply = useEditor.getState().applyPatch;
  return (
    <fieldset className="dotted" data-testid="dotted-lines">
      <legend className="field-label">{t('dottedLines')}</legend>
      {lines.length === 0 ? (
        <p className="muted small">{t('noDotted')}</p>
      ) : (
        <ul className="dotted-list">
          {lines.map((line) => (
            <li key={line.to}>
              <span>
                {t('alsoReportsTo', {
                  manager: titles.get(line.to) ?? t('notOnChart', { id: line.to }),
                })}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => apply([{ op: 'removeDottedLine', from: position.id, to: line.to }])}
                aria-label={t('removeDotted', { manager: titles.get(line.to) ?? line.to })}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <select
          className="input"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-label={t('addDottedTo')}
          data-testid="dotted-add-target"
        >
          <option value="">{t('addDottedToChoose')}</option>
          {targets.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={choice === ''}
          onClick={() => {
            apply([{ op: 'addDottedLine', from: position.id, to: choice }]);
            setChoice('');
          }}
          data-testid="dotted-add"
        >
          {t('add')}
        </button>
      </div>
    </fieldset>
  );
}
