import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';

const shownTitles = 6;

export default defineRule({
  id: 'duplicate-id',
  description: 'Two positions share an id',
  defaultSeverity: 'error',
  category: 'structure',
  rationale:
    'An id names one position: managers and dotted lines point at positions by id, so a shared id makes every line to it ambiguous. Orgwise resolves such a reference to the first position with the id, and reports the clash so that it can be renamed. A position pasted twice, with nothing pointing at it, can simply lose its copies.',
  sources: ['MODEL:chart'],
  messages: {
    sharedId:
      '{count, number} positions share the id "{id}" ({titles}); lines to "{id}" go to the first of them. Give each position its own id.',
    removeCopies:
      '{extra, plural, one {Remove the repeated copy of {position}} other {Remove the # repeated copies of {position}}}',
  },
  suggests: true,
  check({ chart, analysis, report }) {
    if (analysis.duplicateIds.size === 0) return;
    const dottedIds = new Set<string>();
    for (const line of chart.dottedLines ?? []) dottedIds.add(line.from).add(line.to);

    for (const [id, indices] of analysis.duplicateIds) {
      const shown = indices.slice(0, shownTitles).map((index) => analysis.label(index));
      const titles = indices.length > shownTitles ? `${shown.join(', ')}, …` : shown.join(', ');
      const copies = dottedIds.has(id) ? undefined : removeCopies(analysis, id, indices);
      report({
        positions: [indices[0]!],
        messageId: 'sharedId',
        // The titles are joined with commas only, the same in every language.
        data: { count: indices.length, id, titles },
        suggestions: copies === undefined ? [] : [copies],
      });
    }
  },
});

/**
 * A position pasted twice is the commonest clash, and the one case a patch can fix: there is no
 * operation to rename an id, and removePosition reaches only the first position with the id. When
 * every position with the id is the same, removing all but one leaves the chart as meant. Only
 * when nothing points at the id, though: removing a position moves the positions reporting to its
 * id and drops the dotted lines at it, and those belong to the copy that stays (the caller checks
 * the dotted lines).
 */
function removeCopies(
  analysis: ChartAnalysis,
  id: string,
  indices: readonly number[],
): SuggestionReport<'removeCopies'> | undefined {
  if (analysis.spanOf(indices[0]!) > 0) return undefined;
  const first = JSON.stringify(analysis.position(indices[0]!));
  for (const index of indices) {
    if (JSON.stringify(analysis.position(index)) !== first) return undefined;
  }
  const extra = indices.length - 1;
  return {
    messageId: 'removeCopies',
    data: { extra, position: analysis.label(indices[0]!) },
    patch: indices.slice(1).map(() => ({ op: 'removePosition', positionId: id }) as const),
  };
}
