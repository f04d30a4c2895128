import { applyPatch, type Chart, PatchError, type PatchOp } from '@orgwise/domain';

/** An operation that was left out, and why (the domain's PatchError message). */
export interface DroppedOp {
  op: PatchOp;
  reason: string;
}

export interface LenientResult {
  chart: Chart;
  dropped: DroppedOp[];
}

/**
 * Applies what still applies: an operation that cannot (its position was removed by someone else
 * meanwhile) is dropped with the reason, and the rest go on. Used where the operations were made
 * against another version of the chart: undo and redo after a remote change, and rebasing local
 * changes over a remote one. The whole patch is tried first, so the usual case costs one pass.
 */
export function applyLeniently(chart: Chart, ops: readonly PatchOp[]): LenientResult {
  try {
    return { chart: applyPatch(chart, ops), dropped: [] };
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
  }
  const dropped: DroppedOp[] = [];
  let next = chart;
  for (const op of ops) {
    try {
      next = applyPatch(next, [op]);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      dropped.push({ op, reason: error.message });
    }
  }
  return { chart: next, dropped };
}
