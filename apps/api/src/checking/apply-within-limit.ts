import { applyPatch, type Chart, PatchError, type PatchOp } from '@orgwise/domain';
import { tooManyPositions } from '../http/position-limit.js';
import { inputProblem } from '../http/problem.js';

/**
 * Applies a patch for a client: an operation that does not fit the chart (a missing position, an
 * id that is taken) is a 422 naming it, and a result over the position limit a 413.
 */
export function applyWithinLimit(
  chart: Chart,
  patch: readonly PatchOp[],
  maxPositions: number,
): Chart {
  let patched: Chart;
  try {
    patched = applyPatch(chart, patch);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    throw inputProblem('patch-conflict', error.message, [error.toInputIssue(['patch'])]);
  }
  if (patched.positions.length > maxPositions) {
    throw tooManyPositions(patched.positions.length, maxPositions, ['patch'], 'The patched chart');
  }
  return patched;
}
