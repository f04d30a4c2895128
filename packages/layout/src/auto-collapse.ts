import type { LayoutTree } from './tree-layout.js';

/** Charts up to this many positions open fully expanded; larger ones open with deep teams collapsed. */
export const VISIBLE_BUDGET = 1500;

/**
 * The positions to collapse when a chart is opened so that at most `budget` cards are drawn: every
 * level that fits is shown whole, and the positions on the last level shown that have teams are
 * collapsed (the tops are always shown). A 10,000-position chart thus opens on its leadership
 * levels, and each team opens with its +N control.
 */
export function autoCollapse(tree: LayoutTree, budget = VISIBLE_BUDGET): number[] {
  if (tree.size <= budget) return [];
  let shown = tree.roots.length;
  let levelStart = 0;
  const order: number[] = tree.roots.slice();
  // Extend level by level while the next level still fits.
  for (;;) {
    const levelEnd = order.length;
    let nextCount = 0;
    for (let k = levelStart; k < levelEnd; k++) nextCount += tree.children[order[k]!]!.length;
    if (nextCount === 0) return [];
    if (shown + nextCount > budget) {
      const collapsed: number[] = [];
      for (let k = levelStart; k < levelEnd; k++) {
        const index = order[k]!;
        if (tree.children[index]!.length > 0) collapsed.push(index);
      }
      return collapsed;
    }
    for (let k = levelStart; k < levelEnd; k++) {
      for (const child of tree.children[order[k]!]!) order.push(child);
    }
    shown += nextCount;
    levelStart = levelEnd;
  }
}
