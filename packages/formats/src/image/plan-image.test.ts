import { describe, expect, it } from 'vitest';
import { defaultImageLimits, planImage } from './plan-image.js';

describe('planImage', () => {
  it('covers all nodes at 100% zoom with padding, at twice the pixels', () => {
    expect(planImage({ x: -100, y: 50, width: 2000, height: 300 }, 'png')).toEqual({
      ok: true,
      plan: {
        width: 2080,
        height: 380,
        pixelRatio: 2,
        transform: 'translate(140px, -10px) scale(1)',
      },
    });
  });

  it('gives an SVG the full size whatever the size', () => {
    const result = planImage({ x: 0, y: 0, width: 100_000, height: 4000 }, 'svg');
    expect(result).toEqual({
      ok: true,
      plan: {
        width: 100_080,
        height: 4080,
        pixelRatio: 1,
        transform: 'translate(40px, 40px) scale(1)',
      },
    });
  });

  it('lowers the pixel ratio to stay within the canvas limits, and says so below 100%', () => {
    const wide = planImage({ x: 0, y: 0, width: 12_000, height: 600 }, 'png');
    expect(wide.ok && wide.plan.pixelRatio).toBe(1.35);
    expect(wide.ok && wide.plan.notice).toBeUndefined();
    const larger = planImage({ x: 0, y: 0, width: 24_000, height: 600 }, 'png');
    if (!larger.ok) throw new Error(larger.message);
    expect(larger.plan.pixelRatio).toBe(0.68);
    expect(larger.plan.width * larger.plan.pixelRatio).toBeLessThanOrEqual(
      defaultImageLimits.maxSide,
    );
    expect(larger.plan.notice).toMatch(
      /^The chart is large, so the PNG is drawn at 68% \(16,374 × 462 pixels\)/,
    );
  });

  it('respects the area limit for tall and wide charts', () => {
    const result = planImage({ x: 0, y: 0, width: 10_000, height: 10_000 }, 'png');
    if (!result.ok) throw new Error(result.message);
    const { width, height, pixelRatio } = result.plan;
    expect(width * pixelRatio * height * pixelRatio).toBeLessThanOrEqual(
      defaultImageLimits.maxPixels,
    );
  });

  it('refuses a chart too large to read, pointing to SVG', () => {
    const result = planImage({ x: 0, y: 0, width: 100_000, height: 800 }, 'png');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^The chart is too large for a PNG: even with small text it would be 50,040 × 440 pixels/,
    );
    expect(result.message).toMatch(/Export SVG instead/);
  });

  it('refuses an empty chart', () => {
    expect(planImage({ x: 0, y: 0, width: 0, height: 0 }, 'png')).toEqual({
      ok: false,
      message: 'The chart is empty: add a position before exporting an image.',
    });
    expect(planImage({ x: Number.NaN, y: 0, width: Number.NaN, height: 10 }, 'svg').ok).toBe(false);
  });
});
