import { UNKNOWN_MANAGER } from '../chart/analysis.js';
import { defineRule } from '../engine/define-rule.js';
import type { Suggestion } from '../engine/types.js';

export default defineRule({
  id: 'unknown-manager',
  description: '`reportsTo` names no position',
  defaultSeverity: 'error',
  rationale:
    'A reporting line must end at a position of the chart. A dangling `reportsTo` is usually a typo or a position deleted without moving its team; until it is fixed the position and its team float outside the structure and are not counted in its layers.',
  sources: ['MODEL:chart'],
  suggests: true,
  check({ analysis, report }) {
    // Ids that differ only in case or surrounding spaces are the usual typo; find them in one pass.
    const byLooseId = new Map<string, number>();
    for (let i = analysis.size - 1; i >= 0; i--)
      byLooseId.set(analysis.id(i).trim().toLowerCase(), i);

    for (let i = 0; i < analysis.size; i++) {
      if (analysis.managerOf(i) !== UNKNOWN_MANAGER) continue;
      const reportsTo = analysis.position(i).reportsTo!;
      const suggestions: Suggestion[] = [];
      const likely = byLooseId.get(reportsTo.trim().toLowerCase());
      if (likely !== undefined && likely !== i) {
        suggestions.push({
          title: `Report to ${analysis.label(likely)} (id "${analysis.id(likely)}")`,
          patch: [
            { op: 'setReportsTo', positionId: analysis.id(i), reportsTo: analysis.id(likely) },
          ],
        });
      }
      suggestions.push({
        title: 'Place it at the top of the chart',
        patch: [{ op: 'setReportsTo', positionId: analysis.id(i), reportsTo: null }],
      });
      report({
        positions: [i],
        message: `${analysis.label(i)} reports to "${reportsTo}", but no position has that id.`,
        suggestions,
      });
    }
  },
});
