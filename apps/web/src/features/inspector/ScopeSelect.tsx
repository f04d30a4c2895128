import type { Position, PositionScope } from '@orgwise/domain';
import { selectForest } from '@orgwise/layout';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';

import { messages } from './messages.js';

const FROM_CHART = '';

/**
 * Whether the position leads the company or a unit (a region, country, division, subsidiary):
 * read from the title and the chart until the user says. A regional CFO is not a second CFO.
 */
export function ScopeSelect({ position }: { position: Position }) {
  const t = useMessages(messages);
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
      <span className="field-label">{t('leads')}</span>
      <select
        className="input"
        value={position.scope ?? FROM_CHART}
        onChange={(event) => set(event.target.value)}
        data-testid="inspector-scope"
      >
        <option value={FROM_CHART}>{t('leadsFromChart', { scope: read })}</option>
        <option value="company">{t('leadsCompany')}</option>
        <option value="unit">{t('leadsUnit')}</option>
      </select>
    </label>
  );
}
