import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import { isFirstWithId } from './support/is-first-with-id.js';
import { moveUnder } from './support/move-under.js';

export default defineRule({
  id: 'narrow-span',
  description: 'A manager has exactly one direct report',
  defaultSeverity: 'info',
  category: 'shape',
  rationale:
    'A manager with a single report may add a layer without spreading the work: decisions pass one more desk and nobody gains capacity. It is often fine (a new team, a deputy, a leadership chart that leaves the teams out), so this is a question, not a verdict. A board with a single report (normally the CEO) is a governance line, not a management layer, and is not reported; a CEO with a single number two (a COO) is a known pattern, reported as information only.',
  sources: ['EXT:13', 'EXT:50', 'EXT:12', 'EXT:27'],
  messages: {
    ceoNumberTwo:
      '{position} has one direct report, {report}. A single number two is a known pattern, but it puts a layer between the CEO and the rest of the company; CEOs of large companies now have about ten direct reports.',
    oneReport:
      '{position} has one direct report, {report}. If that is the whole team, the layer may not pay its way: decisions pass one more desk without spreading the work. Fine if the team is still being built or simply not drawn.',
    removeLayer: 'Remove a layer: let {position} report to {manager}',
  },
  suggests: true,
  check({ analysis, report }) {
    for (let i = 0; i < analysis.size; i++) {
      if (analysis.spanOf(i) !== 1 || analysis.layerOf(i) === 0) continue;
      // A board governs rather than manages: its one line (to the CEO, to a managing partner whose
      // title is not recognised, or to a board below the owners) is never a management layer.
      if (analysis.hasRole(i, 'board')) continue;
      const only = analysis.reportsOf(i)[0]!;
      const suggestion = removeLayer(analysis, i, only);
      report({
        positions: [i, only],
        messageId: analysis.hasRole(i, 'ceo') ? 'ceoNumberTwo' : 'oneReport',
        data: { position: analysis.label(i), report: analysis.label(only) },
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});

/**
 * Lets the single report move up to the manager's own manager, which empties the manager's team.
 * Not offered for the CEO's number two or under a board (the board would gain a second report), nor
 * when the report cannot be patched by its id.
 */
function removeLayer(
  analysis: ChartAnalysis,
  manager: number,
  only: number,
): SuggestionReport<'removeLayer'> | undefined {
  const above = analysis.resolvedManager(manager);
  if (
    above === undefined ||
    analysis.hasRole(manager, 'ceo') ||
    analysis.hasRole(above, 'board') ||
    !isFirstWithId(analysis, only)
  ) {
    return undefined;
  }
  return moveUnder(analysis, only, above, {
    messageId: 'removeLayer',
    data: { position: analysis.label(only), manager: analysis.label(above) },
  });
}
