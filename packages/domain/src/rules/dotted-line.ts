import type { DottedLine } from '../chart/schema.js';
import { defineRule } from '../engine/define-rule.js';
import type { Suggestion } from '../engine/types.js';

export default defineRule({
  id: 'dotted-line',
  description: 'A dotted line points at an unknown position, at itself, or repeats a solid line',
  defaultSeverity: 'warning',
  category: 'structure',
  rationale:
    'A dotted line records a secondary (matrix) relation between two different positions, beside the solid line of the tree. A line to an id that no position has is usually a typo or a position deleted without its lines; a line from a position to itself, or one that repeats the solid line or another dotted line, says nothing and clutters the chart.',
  sources: ['MODEL:chart', 'EXT:33'],
  suggests: true,
  check({ chart, analysis, report }) {
    const lines = chart.dottedLines ?? [];
    // The first line seen for each pair, by `from` and then `to`: nested maps rather than a joined
    // key, since an id may contain any character.
    const seen = new Map<string, Map<string, DottedLine>>();

    for (const line of lines) {
      const { from, to } = line;
      let toSeen = seen.get(from);
      if (toSeen === undefined) {
        toSeen = new Map();
        seen.set(from, toSeen);
      }
      const earlier = toSeen.get(to);
      if (earlier === undefined) toSeen.set(to, line);

      const fromAt = analysis.indexOf(from);
      const toAt = analysis.indexOf(to);
      const unknown = fromAt === undefined || toAt === undefined;
      const solid = !unknown && from !== to && analysis.resolvedManager(fromAt) === toAt;
      // Sound lines, nearly all of them, cost no string.
      if (!unknown && from !== to && !solid && earlier === undefined) continue;

      const positions: number[] = [];
      if (fromAt !== undefined) positions.push(fromAt);
      if (toAt !== undefined && toAt !== fromAt) positions.push(toAt);
      const fromName = fromAt === undefined ? `"${from}"` : analysis.label(fromAt);
      const toName = toAt === undefined ? `"${to}"` : analysis.label(toAt);
      const remove: Suggestion = {
        title: `Remove the dotted line from ${fromName} to ${toName}`,
        patch: [{ op: 'removeDottedLine', from, to }],
      };

      // One finding per line, for its first problem in this order.
      if (unknown) {
        report({
          positions,
          message: `The dotted line from ${fromName} to ${toName} points at ${unknownEnds(from, to, fromAt, toAt)}.`,
          suggestions: [remove],
        });
      } else if (from === to) {
        report({
          positions,
          message: `${fromName} has a dotted line to itself. A dotted line connects two different positions.`,
          suggestions: [{ ...remove, title: `Remove the dotted line from ${fromName} to itself` }],
        });
      } else if (solid) {
        report({
          positions,
          message: `The dotted line from ${fromName} to ${toName} repeats the solid line: ${fromName} already reports to ${toName}.`,
          suggestions: [remove],
        });
      } else if (earlier !== undefined) {
        report({
          positions,
          message: `The dotted line from ${fromName} to ${toName} is drawn more than once.`,
          suggestions: [keepOne(line, earlier, fromName, toName)],
        });
      }
    }
  },
});

function unknownEnds(
  from: string,
  to: string,
  fromAt: number | undefined,
  toAt: number | undefined,
): string {
  if (fromAt === undefined && toAt === undefined) {
    return from === to
      ? `"${from}", but no position has that id`
      : `"${from}" and "${to}", but no position has either id`;
  }
  return `"${fromAt === undefined ? from : to}", but no position has that id`;
}

/**
 * removeDottedLine removes every copy of a line, so one copy is drawn again after it. The drawn
 * copy has only `from` and `to`: when a copy carries more (a label, a note) that would be lost, the
 * suggestion removes all copies, says so, and leaves it to the user to draw the line they want.
 */
function keepOne(
  line: DottedLine,
  earlier: DottedLine,
  fromName: string,
  toName: string,
): Suggestion {
  const remove = { op: 'removeDottedLine', from: line.from, to: line.to } as const;
  if (hasExtraFields(line) || hasExtraFields(earlier)) {
    return {
      title: `Remove all copies of the dotted line from ${fromName} to ${toName}; draw it again to keep one`,
      patch: [remove],
    };
  }
  return {
    title: `Keep one dotted line from ${fromName} to ${toName}`,
    patch: [remove, { op: 'addDottedLine', from: line.from, to: line.to }],
  };
}

function hasExtraFields(line: DottedLine): boolean {
  return Object.keys(line).some((key) => key !== 'from' && key !== 'to');
}
