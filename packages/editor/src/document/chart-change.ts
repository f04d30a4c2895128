import type { Chart, PatchOp } from '@orgwise/domain';
import { applyLeniently, type DroppedOp } from './apply-leniently.js';
import { patchBetween } from './patch-between.js';

/**
 * One direction of an undo step: a patch, or, where no patch can say the change (see
 * patchBetween), the whole chart to go back to.
 */
export type ChartChange = { ops: PatchOp[] } | { chart: Chart };

export function changeBetween(before: Chart, after: Chart): ChartChange {
  const ops = patchBetween(before, after);
  return ops === undefined ? { chart: after } : { ops };
}

export function applyChange(
  chart: Chart,
  change: ChartChange,
): { chart: Chart; dropped: DroppedOp[] } {
  return 'chart' in change
    ? { chart: change.chart, dropped: [] }
    : applyLeniently(chart, change.ops);
}
