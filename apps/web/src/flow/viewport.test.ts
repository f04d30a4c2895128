import { describe, expect, it } from 'vitest';
import {
  type Box,
  centreOn,
  fitsAt,
  keepInView,
  openingViewport,
  type Pane,
  READABLE_ZOOM,
} from './viewport.js';

const pane: Pane = { width: 1000, height: 800, insets: { top: 50, right: 0, bottom: 0, left: 0 } };
const card = (x: number, y: number): Box => ({ x, y, width: 200, height: 80 });

/** A tree drawn top-down: a row of `perRow[k]` cards on level k. */
function rows(...perRow: number[]): Box[] {
  return perRow.flatMap((count, level) =>
    Array.from({ length: count }, (_, k) => card(k * 240, level * 140)),
  );
}

describe('openingViewport', () => {
  it('shows a chart that fits at a readable zoom whole, never larger than life', () => {
    const view = openingViewport(rows(1, 2), 'TB', pane)!;
    expect(view.zoom).toBe(1);
  });

  it('opens a chart too wide to read whole on its top levels, at a readable zoom', () => {
    // 12 cards in the third row cannot be read whole on 1000 px; the first two rows can.
    const view = openingViewport(rows(1, 3, 12), 'TB', pane)!;
    expect(view.zoom).toBe(READABLE_ZOOM);
    // Centred on the top two levels (three cards across: 0 to 680), not on the wide third.
    expect((340 * view.zoom + view.x) * 2).toBeCloseTo(1000);
    // The top card's top edge is just under the legend.
    expect(0 * view.zoom + view.y).toBeCloseTo(50 + 24);
  });

  it('opens on the first level at a readable zoom even when that level alone is too wide', () => {
    const view = openingViewport(rows(40), 'TB', pane)!;
    expect(view.zoom).toBe(READABLE_ZOOM);
  });

  it('has nothing to show for no cards', () => {
    expect(openingViewport([], 'TB', pane)).toBeNull();
  });
});

describe('keepInView', () => {
  const viewport = { x: 0, y: 0, zoom: 1 };

  it('leaves the view alone when the card is in the free area', () => {
    expect(keepInView(card(100, 200), viewport, pane)).toBeNull();
  });

  it('moves a card hidden under the legend or past the right edge just into view', () => {
    expect(keepInView(card(0, 0), viewport, pane)).toEqual({ x: 24, y: 74, zoom: 1 });
    expect(keepInView(card(1500, 300), viewport, pane)).toEqual({ x: -724, y: 0, zoom: 1 });
  });

  it('centres a box larger than the free area', () => {
    const wide = { x: 0, y: 100, width: 3000, height: 80 };
    expect(keepInView(wide, viewport, pane)?.x).toBe(500 - 1500);
  });
});

describe('centreOn and fitsAt', () => {
  it('centres a box in the part of the pane nothing covers', () => {
    // Free area: x 24..976, y 74..776; its middle is (500, 425).
    expect(centreOn(card(0, 0), 1, pane)).toEqual({ x: 400, y: 385, zoom: 1 });
  });

  it('says whether a box fits at a zoom', () => {
    expect(fitsAt({ x: 0, y: 0, width: 900, height: 600 }, 1, pane)).toBe(true);
    expect(fitsAt({ x: 0, y: 0, width: 900, height: 800 }, 1, pane)).toBe(false);
    expect(fitsAt({ x: 0, y: 0, width: 900, height: 800 }, 0.75, pane)).toBe(true);
  });
});
