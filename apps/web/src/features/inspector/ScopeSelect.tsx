import type { Position, PositionScope } from '@orgwise/domain';
import { selectForest } from '@orgwise/layout';
import { useEditor } from '../../store/editor-store.js';

const FROM_CHART = '';

const leads: Record<PositionScope, string> = { company: 'the company', unit: 'a unit' };

/**
 * Whether the position leads the company or a unit (a region, country, division, subsidiary):
 * read from the title and the chart until the user says. A regional CFO is not a second CFO.
 */
export function ScopeSelect({ position }: { position: Position }) {
  const read = useEditor((state) => {
    const forest = selectForest(state);
    const index = forest.analysis.indexOf(position.id);
    return index === undefined ? 'company' : forest.analysis.scopeOf(index);
  });
  const set = (value: string) =>
    useEditor.getState().applyPatch([
      {
        op: 'updatePosition',
        positionId: position.id,
        changes: { scope: value === FROM_CHART ? null : (value as PositionScope) },
      },
    ]);
  return (
    <label className="field">
      <span className="field-label">Leads</span>
      <select
        className="input"
        value={position.scope ?? FROM_CHART}
        onChange={(event) => set(event.target.value)}
        data-testid="inspector-scope"
      >
        <option value={FROM_CHART}>As the title and chart say ({leads[read]})</option>
        <option value="company">The company</option>
        <option value="unit">A unit (region, country, division)</option>
      </select>
    </label>
  );
}
