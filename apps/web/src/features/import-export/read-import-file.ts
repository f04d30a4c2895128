import type { Chart } from '@orgwise/domain';
import { type CsvTable, parseCsv } from './csv/parse-csv.js';
import { readFileText } from './file/read-file.js';
import { readChartJson } from './json/chart-json.js';

export type ImportedFile =
  | { kind: 'chart'; chart: Chart }
  | { kind: 'csv'; table: CsvTable; note?: string }
  | { kind: 'error'; errors: string[] };

/**
 * JSON by its extension or, for a file without a telling one, by its first character (a chart
 * starts with "{"); everything else is read as CSV (comma, semicolon or tab separated).
 */
function isJson(name: string, text: string): boolean {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return true;
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return false;
  return /^\s*[{[]/.test(text);
}

/** Reads a file the user picked or dropped into a chart, a CSV table to map, or the errors. */
export async function readImportFile(file: File): Promise<ImportedFile> {
  const read = await readFileText(file);
  if (!read.ok) return { kind: 'error', errors: [read.message] };
  if (isJson(file.name, read.text)) {
    const result = readChartJson(read.text);
    return result.ok
      ? { kind: 'chart', chart: result.chart }
      : { kind: 'error', errors: result.errors };
  }
  const table = parseCsv(read.text);
  if (table.headers.length === 0)
    return { kind: 'error', errors: table.errors.map((error) => error.message) };
  return read.note === undefined ? { kind: 'csv', table } : { kind: 'csv', table, note: read.note };
}
