import type { Position } from '@orgwise/domain';
import { teamOf } from '@orgwise/editor';
import { useMemo } from 'react';
import { useEditor } from '../../store/editor-store.js';

const TOP = '';

/** Picks the solid-line manager. Positions in the team are left out: choosing one makes a loop. */
export function ManagerSelect({ position }: { position: Position }) {
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
      <span className="field-label">Reports to</span>
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
        <option value={TOP}>Nobody (top of the chart)</option>
        {!known && <option value={current}>“{current}” (not on the chart)</option>}
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
