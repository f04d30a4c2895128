import type { Direction } from '@orgwise/layout';

// Where the canvas looks: pure arithmetic over card boxes in chart coordinates and the part of
// the pane that nothing covers (the legend and search above, the zoom buttons and overview below).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** The pane's size and how much of each edge its overlays cover, in screen pixels. */
export interface Pane {
  width: number;
  height: number;
  insets: { top: number; right: number; bottom: number; left: number };
}

/**
 * Below this zoom a card's title (13 px) is smaller than about 10 px on screen: too small to read
 * across a table, so a chart opens on its top rather than zoomed out to show it all.
 */
export const READABLE_ZOOM = 0.75;
/** A small chart is not blown up beyond its natural size. */
const MAX_OPEN_ZOOM = 1;
/** Room kept around what is shown, on each side of the free area. */
const MARGIN = 24;

export function union(boxes: readonly Box[]): Box {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    x1 = Math.min(x1, box.x);
    y1 = Math.min(y1, box.y);
    x2 = Math.max(x2, box.x + box.width);
    y2 = Math.max(y2, box.y + box.height);
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

function freeArea(pane: Pane): Box {
  const { top, right, bottom, left } = pane.insets;
  return {
    x: left + MARGIN,
    y: top + MARGIN,
    width: Math.max(1, pane.width - left - right - 2 * MARGIN),
    height: Math.max(1, pane.height - top - bottom - 2 * MARGIN),
  };
}

/** The zoom at which `box` fills the free area (capped at MAX_OPEN_ZOOM). */
function zoomToFit(box: Box, free: Box): number {
  return Math.min(MAX_OPEN_ZOOM, free.width / box.width, free.height / box.height);
}

/** The viewport that shows `box` at `zoom`, centred across the free area, its top at the top. */
function showTop(box: Box, zoom: number, free: Box, centreVertically: boolean): Viewport {
  const x = free.x + free.width / 2 - (box.x + box.width / 2) * zoom;
  const y = centreVertically
    ? free.y + free.height / 2 - (box.y + box.height / 2) * zoom
    : free.y - box.y * zoom;
  return { x, y, zoom };
}

/**
 * Where a newly opened chart is looked at: all of it when it fits at a readable zoom; otherwise
 * at the readable zoom, centred on as many of its top levels as fit across (the whole chart stays
 * a click on "fit" away); a top level wider than the screen is shown from its middle.
 * Linear after one sort: a 10,000-card chart opens as fast as a small one.
 */
export function openingViewport(
  boxes: readonly Box[],
  direction: Direction,
  pane: Pane,
): Viewport | null {
  if (boxes.length === 0) return null;
  const free = freeArea(pane);
  const all = union(boxes);
  const fitAll = zoomToFit(all, free);
  if (fitAll >= READABLE_ZOOM) return showTop(all, fitAll, free, true);
  // Levels are rows of cards (columns when drawn left to right): take rows from the top for as
  // long as what they cover still fits at a readable zoom.
  const rank = (box: Box) => (direction === 'TB' ? box.y : box.x);
  const sorted = [...boxes].sort((a, b) => rank(a) - rank(b));
  let shown: Box | null = null;
  let at = 0;
  while (at < sorted.length) {
    const level = rank(sorted[at]!);
    let grown: Box = shown ?? sorted[at]!;
    let next = at;
    while (next < sorted.length && rank(sorted[next]!) === level) {
      grown = union([grown, sorted[next]!]);
      next++;
    }
    if (shown !== null && zoomToFit(grown, free) < READABLE_ZOOM) break;
    shown = grown;
    at = next;
  }
  // At the readable zoom itself: the top levels that fit, centred, and as much below as fits.
  return showTop(shown!, READABLE_ZOOM, free, false);
}

/**
 * The viewport that brings `box` into the free area with the least movement, at the same zoom;
 * null when it is there already. A box larger than the free area is centred.
 */
export function keepInView(box: Box, viewport: Viewport, pane: Pane): Viewport | null {
  const free = freeArea(pane);
  const { zoom } = viewport;
  const left = box.x * zoom + viewport.x;
  const top = box.y * zoom + viewport.y;
  const right = left + box.width * zoom;
  const bottom = top + box.height * zoom;
  const shift = (start: number, end: number, from: number, size: number) => {
    if (end - start > size) return from + size / 2 - (start + end) / 2;
    if (start < from) return from - start;
    if (end > from + size) return from + size - end;
    return 0;
  };
  const dx = shift(left, right, free.x, free.width);
  const dy = shift(top, bottom, free.y, free.height);
  if (dx === 0 && dy === 0) return null;
  return { x: viewport.x + dx, y: viewport.y + dy, zoom };
}

/** The viewport at `zoom` that puts the middle of `box` in the middle of the free area. */
export function centreOn(box: Box, zoom: number, pane: Pane): Viewport {
  const free = freeArea(pane);
  return {
    x: free.x + free.width / 2 - (box.x + box.width / 2) * zoom,
    y: free.y + free.height / 2 - (box.y + box.height / 2) * zoom,
    zoom,
  };
}

/** Whether `box` fits in the free area at `zoom`. */
export function fitsAt(box: Box, zoom: number, pane: Pane): boolean {
  const free = freeArea(pane);
  return box.width * zoom <= free.width && box.height * zoom <= free.height;
}
