/** Big enough for 100,000 positions as JSON; small enough to parse without freezing the page. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A file the user chose (a browser's File, read structurally so that no DOM types are needed). */
export interface FileToRead {
  readonly name?: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads a file the user chose, refusing one too large to import before reading it. */
export async function readFileBytes(file: FileToRead): Promise<FileBytes> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${file.name ?? 'The file'} is ${megabytes(file.size)}; Orgwise imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`,
    };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return {
      ok: false,
      message: `${file.name ?? 'The file'} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
