import type { Position } from '@orgwise/domain';
import { teamOf } from '@orgwise/editor';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';

import { messages } from './messages.js';

const TOP = '';

/** Picks the solid-line manager. Positions in the team are left out: choosing one makes a loop. */
export function ManagerSelect({ position }: { position: Position }) {
  const t = useMessages(messages);
  const chart = useEditor((state) => state.chart);
  const options = useMemo(() => {
    const team = teamOf(chart, position.id);
    const seen = new Set<string>();
    return chart.positions.filter((candidate) => {
      if (candidate.id === position.id || team.has(candidate.id) || seen.has(candidate.id))
        return false;
      seen.add(candidate.id);
      return true;
    });
  }, [chart, position.id]);
  const current = position.reportsTo ?? TOP;
  const known = current === TOP || options.some((option) => option.id === current);
  return (
    <label className="field">
      <span className="field-label">{t('reportsTo')}</span>
      <select
        className="input"
        value={current}
        onChange={(event) =>
          useEditor
            .getState()
            .movePosition(position.id, event.target.value === TOP ? null : event.target.value)
        }
        data-testid="inspector-manager"
      >
        <option value={TOP}>{t('nobody')}</option>
        {!known && <option value={current}>{t('notOnChart', { id: current })}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.title.trim() || option.id}
            {option.holder ? ` — ${option.holder}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
