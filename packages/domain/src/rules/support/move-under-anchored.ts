import type { ChartAnalysis } from '../../chart/analysis.js';
import type { SuggestionReport } from '../../engine/define-rule.js';
import { isFirstWithId } from './is-first-with-id.js';
import { type MoveTitle, moveUnder } from './move-under.js';

/**
 * `moveUnder` with the two checks a patch by id needs on top. Both positions must be the ones their
 * ids name: a later position that shares an id cannot be patched, and a line to it would reach the
 * first position with the id instead. And the new manager must hang from a real top: a position
 * moved under a cycle or an unknown manager drops out of the role rules, which would hide the
 * finding instead of fixing it.
 */
export function moveUnderAnchored<MessageId extends string = 'moveUnder'>(
  analysis: ChartAnalysis,
  position: number,
  manager: number,
  title?: MoveTitle<MessageId>,
): SuggestionReport<MessageId> | undefined {
  if (
    !isFirstWithId(analysis, position) ||
    !isFirstWithId(analysis, manager) ||
    analysis.layerOf(manager) === 0
  ) {
    return undefined;
  }
  return moveUnder(analysis, position, manager, title);
}
