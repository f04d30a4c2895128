import type { ChartPicture, PictureNode } from './chart-picture.js';

/** Half the stack indent of the layout: where a stacked column's line runs, left of its cards. */
const GUTTER = 14;
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The path of a reporting line as the editor routes it: down from the manager's bottom and across
 * to above the report (right and across to its left, left to right); into a stacked column down
 * its gutter and in from the left.
 */
export function reportingPath(
  manager: PictureNode,
  report: PictureNode,
  direction: ChartPicture['direction'],
): string {
  if (direction === 'LR') {
    const fromX = manager.x + manager.width;
    const fromY = manager.y + manager.height / 2;
    const toY = report.y + report.height / 2;
    const midX = fromX + (report.x - fromX) / 2;
    return `M${round(fromX)} ${round(fromY)}H${round(midX)}V${round(toY)}H${round(report.x)}`;
  }
  const bottom = manager.y + manager.height;
  if (report.stacked) {
    const gutter = report.x - GUTTER;
    const toY = report.y + report.height / 2;
    // Right under its manager's left edge: straight down the gutter.
    if (Math.abs(gutter - (manager.x + GUTTER)) < 1) {
      return `M${round(gutter)} ${round(bottom)}V${round(toY)}H${round(report.x)}`;
    }
    const midY = bottom + Math.min(28, (report.y - bottom) / 2);
    const fromX = manager.x + manager.width / 2;
    return `M${round(fromX)} ${round(bottom)}V${round(midY)}H${round(gutter)}V${round(toY)}H${round(report.x)}`;
  }
  const fromX = manager.x + manager.width / 2;
  const toX = report.x + report.width / 2;
  const midY = bottom + (report.y - bottom) / 2;
  return `M${round(fromX)} ${round(bottom)}V${round(midY)}H${round(toX)}V${round(report.y)}`;
}

/** A dotted line: straight between the cards' centres, drawn under the cards. */
export function dottedPath(from: PictureNode, to: PictureNode): string {
  const x1 = from.x + from.width / 2;
  const y1 = from.y + from.height / 2;
  const x2 = to.x + to.width / 2;
  const y2 = to.y + to.height / 2;
  return `M${round(x1)} ${round(y1)}L${round(x2)} ${round(y2)}`;
}
