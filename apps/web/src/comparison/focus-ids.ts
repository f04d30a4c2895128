import type { ChartDiff } from '@orgwise/domain';

/**
 * The positions a chart of an option is focused on: those that changed against the baseline and
 * the managers they joined, so that a move is seen where it lands. For the baseline
 * (`side: 'before'`), the same positions as they stand today, removed ones included.
 */
export function focusIds(diffs: readonly ChartDiff[], side: 'before' | 'after'): string[] {
  const ids = new Set<string>();
  const add = (id: string | null) => {
    if (id !== null) ids.add(id);
  };
  for (const diff of diffs) {
    for (const c of diff.added) {
      if (side === 'after') add(c.id);
      add(c.manager.id);
    }
    for (const c of diff.removed) {
      if (side === 'before') add(c.id);
      add(c.manager.id);
    }
    // A moved position with the manager it joins (the option) or leaves (the baseline).
    for (const c of diff.moved) {
      add(c.id);
      add(side === 'after' ? c.after.id : c.before.id);
    }
    for (const list of [
      diff.retitled,
      diff.reroled,
      diff.holderChanged,
      diff.vacancyChanged,
      diff.interimChanged,
    ]) {
      for (const c of list) add(c.id);
    }
    for (const line of [...diff.dottedLinesAdded, ...diff.dottedLinesRemoved]) {
      add(line.from);
      add(line.to);
    }
  }
  return [...ids];
}
