import { describe, expect, it } from 'vitest';
import { type LayoutInputs, reuseLayout } from './reuse-layout.js';

/** A CEO (0) with two reports (1, 2); the second has one report (3). */
const inputs = (changes: Partial<LayoutInputs> = {}): LayoutInputs => ({
  direction: 'TB',
  children: [[1, 2], [], [3], []],
  roots: [0],
  width: Float64Array.from([200, 180, 180, 160]),
  height: Float64Array.from([64, 64, 64, 64]),
  collapsed: new Uint8Array(4),
  ...changes,
});

describe('reuseLayout', () => {
  it('lays out a chart it has no previous layout for', () => {
    const { layout } = reuseLayout(inputs(), undefined);
    expect(layout.visible).toEqual([0, 1, 2, 3]);
    expect(layout.y[3]).toBeGreaterThan(layout.y[2]!);
  });

  it('keeps the previous layout when the same inputs come in new arrays', () => {
    const first = reuseLayout(inputs(), undefined);
    expect(reuseLayout(inputs(), first).layout).toBe(first.layout);
  });

  it('lays out again when a size, a team, a collapse, the tops or the direction changes', () => {
    const first = reuseLayout(inputs(), undefined);
    const changed: Partial<LayoutInputs>[] = [
      { width: Float64Array.from([200, 180, 240, 160]) },
      { height: Float64Array.from([64, 64, 64, 90]) },
      { children: [[1, 2], [3], [], []] },
      { children: [[2, 1], [], [3], []] },
      { collapsed: Uint8Array.from([0, 0, 1, 0]) },
      { roots: [0, 3], children: [[1, 2], [], [], []] },
      { direction: 'LR' },
    ];
    for (const change of changed) {
      const next = reuseLayout(inputs(change), first);
      expect(next.layout).not.toBe(first.layout);
      expect(next.layout).toEqual(reuseLayout(inputs(change), undefined).layout);
    }
  });
});
