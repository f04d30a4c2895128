import type { DottedLine } from '../chart/schema.js';
import { defineRule, type SuggestionReport } from '../engine/define-rule.js';
import type { MessageData } from '../i18n/message-data.js';

export default defineRule({
  id: 'dotted-line',
  description: 'A dotted line points at an unknown position, at itself, or repeats a solid line',
  defaultSeverity: 'warning',
  category: 'structure',
  rationale:
    'A dotted line records a secondary (matrix) relation between two different positions, beside the solid line of the tree. A line to an id that no position has is usually a typo or a position deleted without its lines; a line from a position to itself, or one that repeats the solid line or another dotted line, says nothing and clutters the chart.',
  sources: ['MODEL:chart', 'EXT:33'],
  messages: {
    unknownEnd:
      'The dotted line from {from} to {to} points at "{missing}", but no position has that id.',
    unknownEnds:
      'The dotted line from {from} to {to} points at "{fromId}" and "{toId}", but no position has either id.',
    toItself: '{from} has a dotted line to itself. A dotted line connects two different positions.',
    repeatsSolid:
      'The dotted line from {from} to {to} repeats the solid line: {from} already reports to {to}.',
    drawnTwice: 'The dotted line from {from} to {to} is drawn more than once.',
    remove: 'Remove the dotted line from {from} to {to}',
    removeToItself: 'Remove the dotted line from {from} to itself',
    removeAllCopies:
      'Remove all copies of the dotted line from {from} to {to}; draw it again to keep one',
    keepOne: 'Keep one dotted line from {from} to {to}',
  },
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
      const names = { from: fromName, to: toName };
      const remove: SuggestionReport<DottedLineMessage> = {
        messageId: 'remove',
        data: names,
        patch: [{ op: 'removeDottedLine', from, to }],
      };

      // One finding per line, for its first problem in this order.
      if (unknown) {
        const ends = unknownEnds(from, to, fromAt, toAt);
        report({
          positions,
          messageId: ends.messageId,
          data: { ...names, ...ends.data },
          suggestions: [remove],
        });
      } else if (from === to) {
        report({
          positions,
          messageId: 'toItself',
          data: names,
          suggestions: [{ ...remove, messageId: 'removeToItself' }],
        });
      } else if (solid) {
        report({
          positions,
          messageId: 'repeatsSolid',
          data: names,
          suggestions: [remove],
        });
      } else if (earlier !== undefined) {
        report({
          positions,
          messageId: 'drawnTwice',
          data: names,
          suggestions: [keepOne(line, earlier, names)],
        });
      }
    }
  },
});

type DottedLineMessage =
  | 'unknownEnd'
  | 'unknownEnds'
  | 'toItself'
  | 'repeatsSolid'
  | 'drawnTwice'
  | 'remove'
  | 'removeToItself'
  | 'removeAllCopies'
  | 'keepOne';

/** The message for a line with an unknown end, or two, and the ids no position has. */
function unknownEnds(
  from: string,
  to: string,
  fromAt: number | undefined,
  toAt: number | undefined,
): { messageId: DottedLineMessage; data: MessageData } {
  if (fromAt === undefined && toAt === undefined && from !== to) {
    return { messageId: 'unknownEnds', data: { fromId: from, toId: to } };
  }
  return { messageId: 'unknownEnd', data: { missing: fromAt === undefined ? from : to } };
}

/**
 * removeDottedLine removes every copy of a line, so one copy is drawn again after it. The drawn
 * copy has only `from` and `to`: when a copy carries more (a label, a note) that would be lost, the
 * suggestion removes all copies, says so, and leaves it to the user to draw the line they want.
 */
function keepOne(
  line: DottedLine,
  earlier: DottedLine,
  names: MessageData,
): SuggestionReport<DottedLineMessage> {
  const remove = { op: 'removeDottedLine', from: line.from, to: line.to } as const;
  if (hasExtraFields(line) || hasExtraFields(earlier)) {
    return {
      messageId: 'removeAllCopies',
      data: names,
      patch: [remove],
    };
  }
  return {
    messageId: 'keepOne',
    data: names,
    patch: [remove, { op: 'addDottedLine', from: line.from, to: line.to }],
  };
}

function hasExtraFields(line: DottedLine): boolean {
  return Object.keys(line).some((key) => key !== 'from' && key !== 'to');
}
