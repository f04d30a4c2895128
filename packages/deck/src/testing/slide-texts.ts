import type { SlidePlan } from '../slide-plan.js';

/** Every text line a planned slide shows, table cells included, in drawing order. */
export function slideTexts(slide: SlidePlan): string[] {
  return slide.shapes.flatMap((shape) => {
    if (shape.kind === 'box') return (shape.text?.lines ?? []).map((line) => line.text);
    if (shape.kind === 'table')
      return shape.rows.flatMap((row) => row.flatMap((cell) => cell.lines));
    return [];
  });
}

/** Non-empty texts with runs of spaces made single (as PDF readers report them), sorted. */
export function sorted(values: readonly string[]): string[] {
  return values
    .map((value) => value.replace(/\s+/g, ' ').trim())
    .filter((value) => value !== '')
    .sort();
}

/** All texts of a file as one string, lines joined by spaces, so wrapped titles read whole. */
export function joined(values: readonly string[]): string {
  return values.join(' ').replace(/\s+/g, ' ');
}
