import { describe, expect, it } from 'vitest';
import { autoCollapse } from './auto-collapse.js';
import type { LayoutTree } from './tree-layout.js';

/** A complete tree: every position below `levels` has `fan` reports. */
function complete(fan: number, levels: number): LayoutTree {
  const children: number[][] = [[]];
  let level = [0];
  for (let l = 1; l < levels; l++) {
    const next: number[] = [];
    for (const parent of level) {
      for (let k = 0; k < fan; k++) {
        const id = children.length;
        children.push([]);
        children[parent]!.push(id);
        next.push(id);
      }
    }
    level = next;
  }
  return { size: children.length, children, roots: [0] };
}

describe('autoCollapse', () => {
  it('collapses nothing when the chart fits the budget', () => {
    expect(autoCollapse(complete(10, 3), 111)).toEqual([]);
  });

  it('shows whole levels while they fit and collapses the last level shown', () => {
    // Levels of 1, 10, 100 and 1,000 positions; a budget of 500 shows the first three.
    const tree = complete(10, 4);
    const collapsed = autoCollapse(tree, 500);
    expect(collapsed).toHaveLength(100);
    expect(collapsed.every((i) => i >= 11 && i < 111)).toBe(true);
  });

  it('always shows the tops', () => {
    const tree = complete(10, 3);
    expect(autoCollapse(tree, 5)).toEqual([0]);
  });
});
