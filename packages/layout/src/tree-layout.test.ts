import { describe, expect, it } from 'vitest';
import {
  type Direction,
  type LayoutTree,
  layoutTree,
  STACK_INDENT,
  STACKED_IN_ROW,
  STACKED_UNDER,
} from './tree-layout.js';

/** A random forest of `size` positions over `roots` tops, deterministic from `seed`. */
function randomForest(size: number, roots: number, seed: number): LayoutTree {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const children: number[][] = Array.from({ length: size }, () => []);
  const rootList: number[] = [];
  for (let i = 0; i < size; i++) {
    if (i < roots) rootList.push(i);
    else children[Math.floor(random() * i)]!.push(i);
  }
  return { size, children, roots: rootList };
}

function chain(size: number): LayoutTree {
  const children = Array.from({ length: size }, (_, i) => (i + 1 < size ? [i + 1] : []));
  return { size, children, roots: [0] };
}

const widths = (i: number) => 180 + (i % 3) * 40;
const heights = (i: number) => 70 + (i % 2) * 20;

function overlaps(tree: LayoutTree, direction: Direction, options: { bandDepth?: number } = {}) {
  const result = layoutTree(tree, {
    direction,
    width: widths,
    height: heights,
    isCollapsed: () => false,
    ...options,
  });
  const boxes = result.visible.map((i) => ({
    i,
    left: result.x[i]!,
    top: result.y[i]!,
    right: result.x[i]! + widths(i),
    bottom: result.y[i]! + heights(i),
  }));
  const clashes: [number, number][] = [];
  // Sweep by left edge so the check stays fast on a thousand cards.
  boxes.sort((a, b) => a.left - b.left);
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length && boxes[b]!.left < boxes[a]!.right; b++) {
      const p = boxes[a]!;
      const q = boxes[b]!;
      if (p.top < q.bottom && q.top < p.bottom) clashes.push([p.i, q.i]);
    }
  }
  return { result, clashes };
}

describe('layoutTree', () => {
  it.each(['TB', 'LR'] as const)(
    'places cards of different sizes without overlaps (%s)',
    (direction) => {
      for (const seed of [1, 2, 3]) {
        const { result, clashes } = overlaps(randomForest(400, 3, seed), direction);
        expect(result.visible).toHaveLength(400);
        expect(clashes).toEqual([]);
      }
    },
  );

  it('puts reports below their manager, tops side by side, managers centred over their teams', () => {
    // 0 → 1, 2; 3 is a second top.
    const tree: LayoutTree = { size: 4, children: [[1, 2], [], [], []], roots: [0, 3] };
    const { x, y } = layoutTree(tree, {
      direction: 'TB',
      width: () => 200,
      height: () => 80,
      isCollapsed: () => false,
      levelGap: 50,
    });
    expect(y[1]).toBe(y[0]! + 80 + 50);
    expect(y[2]).toBe(y[1]);
    expect(x[1]! + 200).toBeLessThanOrEqual(x[2]!);
    expect(x[0]! + 100).toBeCloseTo((x[1]! + x[2]! + 200) / 2);
    expect(y[3]).toBe(y[0]);
    expect(x[3]!).toBeGreaterThanOrEqual(x[0]! + 200 + 96);
  });

  it('lays out left to right with the manager to the left of its reports', () => {
    const tree: LayoutTree = { size: 3, children: [[1, 2], [], []], roots: [0] };
    const { x, y } = layoutTree(tree, {
      direction: 'LR',
      width: () => 200,
      height: () => 80,
      isCollapsed: () => false,
      levelGap: 60,
    });
    expect(x[1]).toBe(x[0]! + 200 + 60);
    expect(x[2]).toBe(x[1]);
    expect(y[1]! + 80).toBeLessThanOrEqual(y[2]!);
  });

  it('stacks three or more reports without teams in a column below their manager', () => {
    // 0 → 1, 2, 3 (leaves); 4 → 5, 6, 7 where 5 has a team: 4's reports stay in a row.
    const tree: LayoutTree = {
      size: 9,
      children: [[1, 2, 3], [], [], [], [5, 6, 7], [8], [], [], []],
      roots: [0, 4],
    };
    const result = layoutTree(tree, {
      direction: 'TB',
      width: () => 200,
      height: () => 80,
      isCollapsed: () => false,
    });
    const { x, y, stacked } = result;
    expect([...stacked.slice(1, 4)]).toEqual([STACKED_UNDER, STACKED_UNDER, STACKED_UNDER]);
    expect(x[1]).toBe(x[0]! + STACK_INDENT);
    expect(x[2]).toBe(x[1]);
    expect(y[2]!).toBeGreaterThanOrEqual(y[1]! + 80);
    expect(y[3]!).toBeGreaterThanOrEqual(y[2]! + 80);
    expect([...stacked.slice(5, 8)]).toEqual([0, 0, 0]);
    expect(y[6]).toBe(y[5]);
  });

  it('stacks the reports without teams in balanced columns beside those with teams', () => {
    // 0 → 1 (with a team: 10) and eight reports without teams, 2..9.
    const children: number[][] = [
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ];
    const tree: LayoutTree = { size: 11, children, roots: [0] };
    const { x, y, stacked } = layoutTree(tree, {
      direction: 'TB',
      width: () => 200,
      height: () => 80,
      isCollapsed: () => false,
    });
    expect(stacked[1]).toBe(0);
    expect([...stacked.slice(2, 10)]).toEqual(Array(8).fill(STACKED_IN_ROW));
    // Two columns of four, right of the report with a team, with a gutter for their line.
    expect(new Set([2, 3, 4, 5].map((i) => x[i]))).toEqual(new Set([x[2]]));
    expect(new Set([6, 7, 8, 9].map((i) => x[i]))).toEqual(new Set([x[6]]));
    expect(x[2]!).toBeGreaterThanOrEqual(x[1]! + 200 + STACK_INDENT);
    expect(x[6]!).toBeGreaterThanOrEqual(x[2]! + 200 + STACK_INDENT);
    expect(y[2]).toBe(y[1]);
    expect(y[5]!).toBeGreaterThan(y[4]!);
  });

  it('keeps reports in a row when laid out left to right or when asked to', () => {
    const tree: LayoutTree = { size: 4, children: [[1, 2, 3], [], [], []], roots: [0] };
    const base = { width: () => 200, height: () => 80, isCollapsed: () => false };
    expect([...layoutTree(tree, { ...base, direction: 'LR' }).stacked]).toEqual([0, 0, 0, 0]);
    expect([...layoutTree(tree, { ...base, direction: 'TB', stackLeaves: false }).stacked]).toEqual(
      [0, 0, 0, 0],
    );
  });

  it('does not draw the team of a collapsed position', () => {
    const tree: LayoutTree = { size: 4, children: [[1], [2], [], []], roots: [0, 3] };
    const result = layoutTree(tree, {
      direction: 'TB',
      width: () => 100,
      height: () => 50,
      isCollapsed: (i) => i === 1,
    });
    expect(result.visible).toEqual([0, 3, 1]);
    expect(Number.isNaN(result.x[2]!)).toBe(true);
  });

  it('gives the same picture when laid out in bands as in one piece', () => {
    const tree = randomForest(300, 2, 7);
    const whole = layoutTree(tree, {
      direction: 'TB',
      width: widths,
      height: heights,
      isCollapsed: () => false,
    });
    const banded = overlaps(tree, 'TB', { bandDepth: 3 });
    expect(banded.clashes).toEqual([]);
    // Bands are placed as boxes, so horizontal positions may differ; depths along the tree may not.
    for (const i of whole.visible) expect(banded.result.y[i]).toBe(whole.y[i]);
  });

  it('lays out a 100,000-level chain without overflowing the stack', () => {
    const tree = chain(100_000);
    const result = layoutTree(tree, {
      direction: 'TB',
      width: () => 200,
      height: () => 80,
      isCollapsed: () => false,
    });
    expect(result.visible).toHaveLength(100_000);
    // A chain is a vertical line: every card straight under the one above.
    expect(result.x[99_999]).toBeCloseTo(result.x[0]!);
    expect(result.y[99_999]).toBeGreaterThan(result.y[99_998]!);
  });

  it('handles an empty forest', () => {
    const result = layoutTree(
      { size: 0, children: [], roots: [] },
      {
        direction: 'TB',
        width: () => 1,
        height: () => 1,
        isCollapsed: () => false,
      },
    );
    expect(result.visible).toEqual([]);
  });
});
