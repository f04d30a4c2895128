import { describe, expect, it } from 'vitest';
import { planPrintTiles } from './print-tiles.js';

const a4 = { width: 1000, height: 700 };

describe('planPrintTiles', () => {
  it('prints a chart that fits on one sheet, never enlarged past 100%', () => {
    expect(planPrintTiles({ width: 600, height: 300 }, a4)).toEqual({
      scale: 1,
      tiles: [{ x: 0, y: 0, width: 600, height: 300 }],
    });
    expect(planPrintTiles({ width: 1300, height: 500 }, a4).scale).toBeCloseTo(1000 / 1300);
  });

  it('tiles a wide chart at the legible scale, overlapping, covering all of it', () => {
    const plan = planPrintTiles({ width: 4000, height: 900 }, a4, 0.7, 40);
    expect(plan.scale).toBe(0.7);
    const width = 1000 / 0.7;
    expect(plan.tiles[0]).toEqual({ x: 0, y: 0, width, height: 700 / 0.7 });
    expect(plan.tiles[1]!.x).toBeCloseTo(width - 40);
    expect(plan.tiles).toHaveLength(3);
    const last = plan.tiles.at(-1)!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(4000);
  });

  it('goes row by row for a tall and wide chart', () => {
    const plan = planPrintTiles({ width: 3000, height: 2000 }, a4, 0.7);
    expect(plan.tiles.length).toBe(3 * 3);
    expect(plan.tiles[3]!.y).toBeGreaterThan(0);
    expect(plan.tiles[3]!.x).toBe(0);
  });
});
