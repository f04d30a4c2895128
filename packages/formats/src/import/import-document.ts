import type { Chart } from '@orgwise/domain';
import { csvToPositions } from '../csv/csv-to-positions.js';
import { guessMapping } from '../csv/guess-mapping.js';
import { formatCsvError } from '../csv/import-error.js';
import type { ImportIssue } from '../directory/import-issue.js';
import type { ImportFormat } from '../registry.js';
import type { ImportSource } from './import-source.js';

export type ImportedDocument =
  | { ok: true; chart: Chart; issues: ImportIssue[] }
  | { ok: false; errors: string[] };

/**
 * A document read with a format, without a person to map columns: a table (CSV, a workbook) goes
 * through the mapping guessed from its headers, as the editor's mapping step first proposes it.
 * For the API and the CLI, which read files unattended.
 */
export async function importDocument(
  format: ImportFormat,
  source: ImportSource,
): Promise<ImportedDocument> {
  const imported = await format.read.read(source);
  if (imported.kind === 'error') return { ok: false, errors: imported.errors };
  if (imported.kind === 'chart') {
    return { ok: true, chart: imported.chart, issues: imported.issues ?? [] };
  }
  const converted = csvToPositions(imported.table, guessMapping(imported.table.headers));
  if (!converted.ok) return { ok: false, errors: converted.errors.map(formatCsvError) };
  return { ok: true, chart: { version: 1, positions: converted.positions }, issues: [] };
}
