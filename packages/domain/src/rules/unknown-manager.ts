import type { ChartAnalysis } from '../chart/analysis.js';
import { UNKNOWN_MANAGER } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { isFirstWithId } from './support/is-first-with-id.js';

export default defineRule({
  id: 'unknown-manager',
  description: '`reportsTo` names no position',
  defaultSeverity: 'error',
  category: 'structure',
  rationale:
    'A reporting line must end at a position of the chart. A dangling `reportsTo` is usually a typo or a position deleted without moving its team; until it is fixed the position and its team float outside the structure and are not counted in its layers.',
  sources: ['MODEL:chart'],
  messages: {
    unknownManager: '{position} reports to "{reportsTo}", but no position has that id.',
    reportToLikely: 'Let {position} report to {manager} (id "{managerId}")',
    makeTop: 'Make {position} a top of the chart',
  },
  suggests: true,
  check({ analysis, report }) {
    // Built on the first dangling line only: most charts have none, and a million-position chart
    // should not pay for a second index of its ids.
    let byLooseId: Map<string, number> | undefined;

    for (let i = 0; i < analysis.size; i++) {
      if (analysis.managerOf(i) !== UNKNOWN_MANAGER) continue;
      const reportsTo = analysis.position(i).reportsTo!;
      const suggestions: SuggestionReport<'reportToLikely' | 'makeTop'>[] = [];
      // A later position sharing an id cannot be patched by id: duplicate-id reports the clash.
      if (isFirstWithId(analysis, i)) {
        byLooseId ??= looseIndex(analysis);
        const likely = byLooseId.get(looseId(reportsTo));
        // Not the position itself, nor one in its own team: that would close a loop.
        if (likely !== undefined && likely !== i && !analysis.isAncestorOf(i, likely)) {
          suggestions.push({
            messageId: 'reportToLikely',
            data: {
              position: analysis.label(i),
              manager: analysis.label(likely),
              managerId: analysis.id(likely),
            },
            patch: [
              { op: 'setReportsTo', positionId: analysis.id(i), reportsTo: analysis.id(likely) },
            ],
          });
        }
        suggestions.push({
          messageId: 'makeTop',
          data: { position: analysis.label(i) },
          patch: [{ op: 'setReportsTo', positionId: analysis.id(i), reportsTo: null }],
        });
      }
      report({
        positions: [i],
        messageId: 'unknownManager',
        data: { position: analysis.label(i), reportsTo },
        suggestions,
      });
    }
  },
});

/** Ids that differ only in case or surrounding spaces are the usual typo. */
function looseId(id: string): string {
  return id.trim().toLowerCase();
}

/** The first position of each loose id. */
function looseIndex(analysis: ChartAnalysis): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = analysis.size - 1; i >= 0; i--) index.set(looseId(analysis.id(i)), i);
  return index;
}
