import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Chart } from '@orgwise/domain';
import {
  formatImportIssue,
  type ImportIssue,
  importDocument,
  importFormatNamed,
  importSource,
} from '@orgwise/formats';
import type { ReadResult } from './input-problem.js';
import { reason } from './read-json.js';

export interface ImportedFile {
  /** The file as the user named it. */
  file: string;
  chart: Chart;
  /** What of the document could not be mapped (a disabled account left out, …). */
  issues: ImportIssue[];
}

/**
 * Reads a file in one of the registry's import formats (`scim`, `msgraph`, `google-directory`,
 * `csv`, `xlsx`, `json`), a table's columns mapped from its headers as the editor first guesses
 * them. A file that cannot be read as that format is a problem naming the file and the place.
 */
export async function readImport(
  file: string,
  cwd: string,
  formatName: string,
): Promise<ReadResult<ImportedFile>> {
  const format = importFormatNamed(formatName);
  if (format === undefined) {
    return { ok: false, problems: [{ file, message: `Unknown import format ${formatName}` }] };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(cwd, file)));
  } catch (error) {
    return { ok: false, problems: [{ file, message: `Cannot read the file: ${reason(error)}` }] };
  }
  const imported = await importDocument(format, importSource(bytes));
  if (!imported.ok) {
    return {
      ok: false,
      problems: imported.errors.map((message) => ({
        file,
        message: `${format.label}: ${message}`,
      })),
    };
  }
  return { ok: true, value: { file, chart: imported.chart, issues: imported.issues } };
}

/** `users.json: Resources[3]: the account is disabled …`, a line each, for stderr. */
export function importIssueLines(imported: ImportedFile): string {
  return imported.issues.map((issue) => `${imported.file}: ${formatImportIssue(issue)}\n`).join('');
}
