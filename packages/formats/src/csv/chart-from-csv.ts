import type { Chart, Position } from '@orgwise/domain';

/**
 * The chart after a CSV import: the file's positions replace the current ones. A CSV file has no
 * place for the company's details (name, headcount, business model) or for other document fields,
 * so those stay as they are; dotted lines go, because they point at the positions being replaced.
 */
export function chartFromCsv(current: Chart, positions: Position[]): Chart {
  const { dottedLines: _replaced, ...rest } = current;
  return { ...rest, version: 1, positions };
}
