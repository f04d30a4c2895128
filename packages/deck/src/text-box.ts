import type { BoxShape, TextBlock, TextLine } from './slide-plan.js';

/** A text box: a box with neither fill nor outline. */
export function textBox(
  x: number,
  y: number,
  w: number,
  h: number,
  lines: TextLine[],
  options: Partial<Pick<TextBlock, 'align' | 'valign' | 'padding'>> = {},
): BoxShape {
  return {
    kind: 'box',
    x,
    y,
    w,
    h,
    radius: 0,
    fill: null,
    stroke: null,
    strokeWidth: 0,
    dashed: false,
    text: {
      lines,
      align: options.align ?? 'left',
      valign: options.valign ?? 'top',
      padding: options.padding ?? 0,
    },
  };
}
