export interface PrintTile {
  /** The part of the picture on this sheet, in the picture's units (its viewBox). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintPlan {
  /** Picture units per CSS pixel on paper is 1/scale: the chart is printed at `scale`. */
  scale: number;
  /** One per sheet, row by row. */
  tiles: PrintTile[];
}

/**
 * How a chart picture goes onto printed sheets of `sheet` CSS pixels: on one sheet when it can be
 * printed there at `minScale` or more (enlarged up to 100%), otherwise at `minScale` in tiles of
 * one sheet each, row by row, overlapping a little so that a card cut at an edge is whole on one
 * of the two sheets. Text on the editor's cards is 13–14 px, so 0.7 prints it at about 7 pt.
 */
export function planPrintTiles(
  picture: { width: number; height: number },
  sheet: { width: number; height: number },
  minScale = 0.7,
  overlap = 40,
): PrintPlan {
  const fit = Math.min(sheet.width / picture.width, sheet.height / picture.height);
  if (fit >= minScale) {
    return {
      scale: Math.min(1, fit),
      tiles: [{ x: 0, y: 0, width: picture.width, height: picture.height }],
    };
  }
  const tileWidth = sheet.width / minScale;
  const tileHeight = sheet.height / minScale;
  const stepX = tileWidth - overlap;
  const stepY = tileHeight - overlap;
  const columns = Math.max(1, Math.ceil((picture.width - overlap) / stepX));
  const rows = Math.max(1, Math.ceil((picture.height - overlap) / stepY));
  const tiles: PrintTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ x: column * stepX, y: row * stepY, width: tileWidth, height: tileHeight });
    }
  }
  return { scale: minScale, tiles };
}
