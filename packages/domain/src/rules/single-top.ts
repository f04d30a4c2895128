import type { ChartAnalysis } from '../chart/analysis.js';
import { defineRule } from '../engine/define-rule.js';
import { moveUnderMessages } from './support/move-under.js';
import { moveUnderAnchored } from './support/move-under-anchored.js';

export default defineRule({
  id: 'single-top',
  description: 'More than one position has no manager (a board above the CEO is fine)',
  defaultSeverity: 'warning',
  category: 'structure',
  rationale:
    'Following the reporting lines upwards should end at one place: the board, or the CEO when no board is drawn. A second position without a manager is accountable to nobody in the chart, and its team is cut off from the structure; usually a line was forgotten or a part of the company was pasted in without being connected.',
  sources: ['MODEL:chart', 'S-F16', 'EXT:49'],
  messages: {
    secondTop:
      '{position} has no manager, so the chart has a second top besides {main}. A chart should have one top where every reporting line ends; a position outside it, and its team, answer to nobody in the chart.',
    ...moveUnderMessages,
  },
  suggests: true,
  check({ analysis, report }) {
    const tops = analysis.tops;
    if (tops.length < 2) return;
    const main = mainTop(analysis);
    const ceo = analysis.soleHolder('ceo');
    // Under a board, the CEO heads the organisation: a stray unit belongs under the CEO, not
    // beside the CEO under the board.
    const ceoInMain =
      ceo !== undefined && (ceo === main || analysis.isAncestorOf(main, ceo)) ? ceo : undefined;

    for (const top of tops) {
      if (top === main) continue;
      const target =
        ceoInMain !== undefined && !analysis.hasRole(top, 'board') && !analysis.hasRole(top, 'ceo')
          ? ceoInMain
          : main;
      // Falls back to the main top when the CEO cannot be named in a patch (a shared id).
      const suggestion =
        moveUnderAnchored(analysis, top, target) ??
        (target === main ? undefined : moveUnderAnchored(analysis, top, main));
      report({
        positions: [top, main],
        messageId: 'secondTop',
        data: { position: analysis.label(top), main: analysis.label(main) },
        suggestions: suggestion === undefined ? [] : [suggestion],
      });
    }
  },
});

/**
 * The top the others should join: a board above the CEO, else any board, else the CEO, else the
 * top with the largest team (the first in chart order on a tie).
 */
function mainTop(analysis: ChartAnalysis): number {
  const tops = analysis.tops;
  const ceo = analysis.soleHolder('ceo');
  let firstBoard: number | undefined;
  for (const top of tops) {
    if (!analysis.hasRole(top, 'board')) continue;
    if (ceo !== undefined && analysis.isAncestorOf(top, ceo)) return top;
    firstBoard ??= top;
  }
  if (firstBoard !== undefined) return firstBoard;
  for (const top of tops) if (analysis.hasRole(top, 'ceo')) return top;

  // The trees are disjoint, so sizing all of them visits each position once at most.
  let largest = tops[0]!;
  let largestSize = 0;
  const stack: number[] = [];
  for (const top of tops) {
    let size = 0;
    stack.push(top);
    while (stack.length > 0) {
      const i = stack.pop()!;
      size++;
      for (const report of analysis.reportsOf(i)) stack.push(report);
    }
    if (size > largestSize) {
      largest = top;
      largestSize = size;
    }
  }
  return largest;
}
