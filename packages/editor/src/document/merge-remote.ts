import type { Chart, PatchOp } from '@orgwise/domain';
import { applyLeniently, type DroppedOp } from './apply-leniently.js';
import type { ChartChange } from './chart-change.js';
import type { EditorDocument } from './editor-document.js';
import type { HistoryEntry } from './history.js';
import { patchBetween } from './patch-between.js';
import { type RemoteWrites, remoteWrites } from './remote-writes.js';
import { withoutRemoteWrites } from './without-remote-writes.js';

export interface RemoteChange {
  /** The chart both sides started from: the revision the local edits were made on. */
  base: Chart;
  /** What the other side changed, as a patch of `base` (its saved revision's patch). */
  patch: readonly PatchOp[];
}

export interface MergeResult {
  document: EditorDocument;
  /** The local edits that were left out, and why. */
  dropped: DroppedOp[];
}

/**
 * Takes in someone else's saved change without adding an undo step, as tldraw's
 * mergeRemoteChanges does. The remote patch is applied to the base, then the local edits made
 * since the base are applied on top of it (rebased), field by field; where both changed the same
 * field, the remote change wins, since it was saved first and the local one was made without
 * seeing it, and the local edit is reported as dropped. A local edit on a position the remote
 * change removed is dropped with the reason.
 *
 * The history is rebased the same way: undo and redo steps no longer write the fields the remote
 * change set, nor bring back positions it removed, so undo after a remote change undoes only the
 * user's own steps.
 */
export function mergeRemote(document: EditorDocument, remote: RemoteChange): MergeResult {
  const theirs = applyLeniently(remote.base, remote.patch).chart;
  const writes = remoteWrites(remote.base, theirs);
  const mine = patchBetween(remote.base, document.chart);
  let chart: Chart;
  const dropped: DroppedOp[] = [];
  if (mine === undefined) {
    // The local chart cannot be said as a patch of the base (its positions were reordered by an
    // import): the remote change goes on top of it instead.
    chart = applyLeniently(document.chart, remote.patch).chart;
  } else {
    const rebased = withoutRemoteWrites(mine, writes);
    const applied = applyRebased(theirs, rebased.ops, document.chart);
    chart = applied.chart;
    dropped.push(...rebased.dropped, ...applied.dropped);
  }
  const { past, future } = document.history;
  return {
    document: {
      ...document,
      chart,
      history: {
        past: past.map((entry) => rebaseEntry(entry, 'undo', writes)),
        future: future.map((entry) => rebaseEntry(entry, 'redo', writes)),
        open: null,
      },
    },
    dropped,
  };
}

const unseenReports =
  'it has reports that are not in your chart (kept or added by someone else), which removing it would move';

/**
 * Applies the local edits on top of the remote change, leaving out what no longer applies. A
 * removal goes through only when everyone reporting to the position at that point is gone from
 * the local chart too or still in it: otherwise it would move positions the user never saw there.
 * Removals go first, the deepest first, so that a report whose removal cannot go through keeps its
 * managers as well.
 */
function applyRebased(theirs: Chart, ops: readonly PatchOp[], local: Chart) {
  const localIds = new Set(local.positions.map((p) => p.id));
  const removals = ops.filter((op) => op.op === 'removePosition');
  const depth = depths(theirs);
  removals.sort((a, b) => (depth.get(b.positionId) ?? 0) - (depth.get(a.positionId) ?? 0));
  const dropped: DroppedOp[] = [];
  let chart = theirs;
  const apply = (op: PatchOp) => {
    const next = applyLeniently(chart, [op]);
    chart = next.chart;
    dropped.push(...next.dropped);
  };
  for (const op of removals) {
    if (
      chart.positions.some((p) => p.reportsTo === op.positionId && localIds.has(p.id) === false)
    ) {
      dropped.push({ op, reason: unseenReports });
    } else apply(op);
  }
  for (const op of ops) if (op.op !== 'removePosition') apply(op);
  return { chart, dropped };
}

/** How many managers each position has above it (a loop counts once round). */
function depths(chart: Chart): Map<string, number> {
  const manager = new Map(chart.positions.map((p) => [p.id, p.reportsTo ?? null] as const));
  const depth = new Map<string, number>();
  for (const { id } of chart.positions) {
    const seen = new Set<string>();
    let at: string | null | undefined = id;
    while (at != null && !seen.has(at)) {
      seen.add(at);
      at = manager.get(at);
    }
    depth.set(id, seen.size);
  }
  return depth;
}

function rebaseEntry(
  entry: HistoryEntry,
  direction: 'undo' | 'redo',
  writes: RemoteWrites,
): HistoryEntry {
  const change: ChartChange = entry[direction];
  if (!('ops' in change) || change.ops.length === 0) return entry;
  return { ...entry, [direction]: { ops: withoutRemoteWrites(change.ops, writes).ops } };
}
