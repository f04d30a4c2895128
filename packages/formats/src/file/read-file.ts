import { decodeText } from './decode-text.js';

/** Big enough for 100,000 positions as JSON; small enough to parse without freezing the page. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type FileText = { ok: true; text: string; note?: string } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file the user chose (a browser's File, read structurally so that no DOM types are needed). */
export interface FileToRead {
  readonly name?: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads a file the user chose, refusing one too large to import before reading it. */
export async function readFileText(file: FileToRead): Promise<FileText> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${file.name ?? 'The file'} is ${megabytes(file.size)}; Orgwise imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`,
    };
  }
  try {
    const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
    return encoding === 'windows-1252'
      ? {
          ok: true,
          text,
          note: 'The file was not UTF-8, so it was read as Windows-1252 (Excel’s usual encoding).',
        }
      : { ok: true, text };
  } catch (error) {
    return {
      ok: false,
      message: `${file.name ?? 'The file'} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
