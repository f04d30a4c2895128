/**
 * A chart as laid out on screen, for drawing it as a picture: where each card is and what it
 * says, and which lines join them. The web app fills it from its canvas layout; the same numbers
 * give the SVG and the PNG, so both show the chart as the editor lays it out without any of the
 * editor's controls.
 */
export interface ChartPicture {
  /** `TB`: managers above their reports; `LR`: managers left of them. */
  direction: 'TB' | 'LR';
  nodes: PictureNode[];
  edges: PictureEdge[];
}

export interface PictureNode {
  /** Unique within the picture; edges refer to it. */
  id: string;
  title: string;
  /** The person in the position; absent when nobody is named. */
  holder?: string;
  vacant: boolean;
  interim: boolean;
  /** Short role labels shown as badges ("CIO", "CTO"). */
  roles: readonly string[];
  /** Top-left corner and size, in canvas pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** At most this many title lines (the card's height was counted for them). */
  titleLines: 1 | 2;
  /**
   * Drawn in a stacked column (top-down layouts): the reporting line comes in from the left, down
   * a gutter half a stack indent left of the card.
   */
  stacked: boolean;
}

export interface PictureEdge {
  /** The manager (or, for a dotted line, the position the line starts at). */
  from: string;
  to: string;
  kind: 'reporting' | 'dotted';
}

/** Width of one line of text in pixels at a font size, bold or not. */
export type MeasureLine = (text: string, size: number, bold: boolean) => number;

/**
 * A measure that needs no fonts: average advances of a sans-serif face, generous so that lines
 * err short. The browser passes a real one (its canvas measures the font the SVG names).
 */
export const estimateLine: MeasureLine = (text, size, bold) => {
  let units = 0;
  for (const char of text) {
    if (char === ' ') units += 0.28;
    else if (/[iljtf.,:;'|!]/.test(char)) units += 0.3;
    else if (/[mwMW@]/.test(char)) units += 0.85;
    else if (/[A-Z0-9]/.test(char)) units += 0.66;
    else units += 0.55;
  }
  return units * size * (bold ? 1.06 : 1);
};

/** The box around every card; all zero for a picture without cards. */
export function pictureBounds(picture: ChartPicture): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  if (picture.nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of picture.nodes) {
    left = Math.min(left, node.x);
    top = Math.min(top, node.y);
    right = Math.max(right, node.x + node.width);
    bottom = Math.max(bottom, node.y + node.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
