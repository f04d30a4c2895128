import {
  type ComparedDiff,
  comparisonCsvHeader,
  comparisonRows,
} from '../comparison/comparison-csv.js';
import { writeWorkbook } from './write-workbook.js';

/** Every change of every option against the baseline, a row each, as the comparison CSV has them. */
export function comparisonWorkbook(comparisons: readonly ComparedDiff[]): Promise<Uint8Array> {
  return writeWorkbook('Changes', comparisonCsvHeader, comparisonRows(comparisons));
}
