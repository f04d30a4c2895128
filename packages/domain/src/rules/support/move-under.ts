import type { ChartAnalysis } from '../../chart/analysis.js';
import type { SuggestionReport } from '../../engine/define-rule.js';
import type { MessageData } from '../../i18n/message-data.js';

/** The default title of a move; every rule that moves positions declares it. */
export const moveUnderMessages = { moveUnder: 'Let {position} report to {manager}' } as const;

/** A move's title other than the default, by the rule's message id and data. */
export interface MoveTitle<MessageId extends string> {
  messageId: MessageId;
  data: MessageData;
}

/**
 * A suggestion to let `position` report to `manager`, or undefined when that move makes no sense:
 * the position would report to itself, already reports there, or would end up under its own team
 * (a cycle).
 */
export function moveUnder<MessageId extends string = 'moveUnder'>(
  analysis: ChartAnalysis,
  position: number,
  manager: number,
  title?: MoveTitle<MessageId>,
): SuggestionReport<MessageId> | undefined {
  if (
    position === manager ||
    analysis.resolvedManager(position) === manager ||
    analysis.isAncestorOf(position, manager) ||
    analysis.inCycle(manager)
  ) {
    return undefined;
  }
  return {
    // Without a title of its own, MessageId is its default, 'moveUnder'.
    ...(title ??
      ({
        messageId: 'moveUnder',
        data: { position: analysis.label(position), manager: analysis.label(manager) },
      } as MoveTitle<string> as MoveTitle<MessageId>)),
    patch: [
      { op: 'setReportsTo', positionId: analysis.id(position), reportsTo: analysis.id(manager) },
    ],
  };
}
