/**
 * A slide as positioned primitives, in points on a 960 × 540 pt (16:9) slide with y pointing down.
 * The deck is planned once into these and then drawn by the PowerPoint and the PDF writers, so
 * both files show the same slides, and the planning (fitting, splitting, truncating) is tested
 * without either library.
 */

/** Hex RGB without '#', as both writers take it. */
export type Color = string;

/** One already fitted line of text: the writers never wrap, so both files break lines alike. */
export interface TextLine {
  text: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: Color;
}

export interface TextBlock {
  lines: TextLine[];
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle';
  /** Inner padding on every side. */
  padding: number;
}

/** A rectangle, optionally rounded, filled, outlined and holding text; all-null is a text box. */
export interface BoxShape {
  kind: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius in points; 0 for square corners. */
  radius: number;
  fill: Color | null;
  stroke: Color | null;
  strokeWidth: number;
  dashed: boolean;
  text?: TextBlock;
}

export interface LineShape {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Color;
  width: number;
  dashed: boolean;
}

/** A small filled symbol; the shape as well as the colour tells severities apart. */
export interface MarkerShape {
  kind: 'marker';
  symbol: 'circle' | 'triangle' | 'diamond';
  /** Top-left of the symbol's square. */
  x: number;
  y: number;
  size: number;
  fill: Color;
}

export interface TableCell {
  /** Already fitted lines (at most the row's line count). */
  lines: string[];
  bold: boolean;
  color: Color;
  fill: Color | null;
  align: 'left' | 'center' | 'right';
}

/** A grid of cells, a native table in PowerPoint so a consultant can edit it. */
export interface TableShape {
  kind: 'table';
  x: number;
  y: number;
  columnWidths: number[];
  /** One height per row. */
  rowHeights: number[];
  rows: TableCell[][];
  fontSize: number;
  padding: number;
  borderColor: Color;
}

export type Shape = BoxShape | LineShape | MarkerShape | TableShape;

export interface SlidePlan {
  /** The slide's heading, also used as its name in outlines and tests. */
  title: string;
  shapes: Shape[];
}
