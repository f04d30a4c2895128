import { type FileToRead, readFileBytes } from '../file/read-file.js';
import type { Imported } from '../format.js';
import { importFormatFor } from '../registry.js';
import { importSource } from './import-source.js';

/** What an import gives; a table read as Windows-1252 says so, for the mapping step to show. */
export type ImportedFile =
  | Exclude<Imported, { kind: 'table' }>
  | (Extract<Imported, { kind: 'table' }> & { note?: string });

const windows1252Note =
  'The file was not UTF-8, so it was read as Windows-1252 (Excel’s usual encoding).';

/**
 * Reads a file the user picked or dropped, in the format its extension names or, without a
 * telling one, the format its content looks like: a chart, a table to map, or the errors.
 */
export async function readImportFile(file: FileToRead): Promise<ImportedFile> {
  const loaded = await readFileBytes(file);
  if (!loaded.ok) return { kind: 'error', errors: [loaded.message] };
  const source = importSource(loaded.bytes);
  const imported = await importFormatFor(file.name ?? '', source).read.read(source);
  return imported.kind === 'table' && source.encoding() === 'windows-1252'
    ? { ...imported, note: windows1252Note }
    : imported;
}
