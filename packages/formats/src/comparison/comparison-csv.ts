import { type ChartDiff, diffRows } from '@orgwise/domain';
import Papa from 'papaparse';
import { changeWords } from './change-words.js';

/** One option against the baseline, as the compare view holds it (read structurally). */
export interface ComparedDiff {
  option: { name: string };
  isBaseline: boolean;
  /** Against the baseline; null for the baseline itself. */
  diff: ChartDiff | null;
}

export const comparisonCsvHeader = [
  'Option',
  'Compared with',
  'Change',
  'Position id',
  'Title',
  'Before',
  'After',
] as const;

/** Every change of every option against the baseline, one row each, for a spreadsheet. */
export function comparisonRows(comparisons: readonly ComparedDiff[]): string[][] {
  const baseline = comparisons.find((c) => c.isBaseline);
  if (baseline === undefined) return [];
  return comparisons.flatMap((comparison) =>
    comparison.diff === null
      ? []
      : diffRows(comparison.diff).map((row) => [
          comparison.option.name,
          baseline.option.name,
          changeWords[row.change],
          row.id,
          row.title,
          row.before,
          row.after,
        ]),
  );
}

/**
 * The comparison as CSV. `escapeFormulae` keeps a title such as "=HYPERLINK(…)" from running as a
 * formula when a client opens the file in Excel.
 */
export function comparisonCsv(comparisons: readonly ComparedDiff[]): string {
  return Papa.unparse([[...comparisonCsvHeader], ...comparisonRows(comparisons)], {
    escapeFormulae: true,
    newline: '\r\n',
  });
}
