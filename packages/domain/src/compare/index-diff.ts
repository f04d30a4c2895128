import type { ChartDiff, PositionChange } from './chart-diff.js';

/** Everything a diff says about one position. */
export interface PositionDiff {
  id: string;
  /** `changed`: in both charts, with at least one change. */
  status: 'added' | 'removed' | 'changed';
  beforeTitle: string | null;
  afterTitle: string | null;
  /**
   * The position's changes: the one `added` or `removed` entry, or its field changes in the order
   * moved, retitled, reroled, holder, vacancy, interim.
   */
  changes: PositionChange[];
}

/**
 * The diff by position id, so that a chart view can highlight a node with one lookup. A Map rather
 * than an object: ids such as "__proto__" or "constructor" are valid. Dotted lines are edges, not
 * positions: they stay in `diff.dottedLinesAdded` and `diff.dottedLinesRemoved`. Build it once per
 * diff (it is linear in the number of changes) and keep it next to the diff.
 */
export function indexDiff(diff: ChartDiff): ReadonlyMap<string, PositionDiff> {
  const index = new Map<string, PositionDiff>();
  const add = (status: PositionDiff['status'], change: PositionChange): void => {
    const entry = index.get(change.id);
    if (entry === undefined) {
      index.set(change.id, {
        id: change.id,
        status,
        beforeTitle: change.beforeTitle,
        afterTitle: change.afterTitle,
        changes: [change],
      });
    } else entry.changes.push(change);
  };
  for (const change of diff.added) add('added', change);
  for (const change of diff.removed) add('removed', change);
  for (const list of [
    diff.moved,
    diff.retitled,
    diff.reroled,
    diff.holderChanged,
    diff.vacancyChanged,
    diff.interimChanged,
  ]) {
    for (const change of list) add('changed', change);
  }
  return index;
}
