import { type FileToRead, readFileText } from '../file/read-file.js';
import type { Imported } from '../format.js';
import { importFormatFor } from '../registry.js';

/** What an import gives; a table read as Windows-1252 says so, for the mapping step to show. */
export type ImportedFile =
  | Exclude<Imported, { kind: 'table' }>
  | (Extract<Imported, { kind: 'table' }> & { note?: string });

/**
 * Reads a file the user picked or dropped, in the format its extension names or, without a
 * telling one, the format its text looks like: a chart, a table to map, or the errors.
 */
export async function readImportFile(file: FileToRead): Promise<ImportedFile> {
  const read = await readFileText(file);
  if (!read.ok) return { kind: 'error', errors: [read.message] };
  const imported = importFormatFor(file.name ?? '', read.text).read.read(read.text);
  return imported.kind === 'table' && read.note !== undefined
    ? { ...imported, note: read.note }
    : imported;
}
