import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LineIndex } from '../json/line-index.js';
import { JsonSyntaxError, scanJson } from '../json/scan-json.js';
import type { ReadResult } from './input-problem.js';

export interface JsonFile {
  /** The file as the user named it, for messages and reports. */
  file: string;
  /** The text as parsed (without a byte order mark), for locating values in it. */
  text: string;
  value: unknown;
}

/** Reads and parses a JSON file relative to `cwd`; every failure is a problem naming the file. */
export async function readJsonFile(file: string, cwd: string): Promise<ReadResult<JsonFile>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ file, message: `Cannot read the file: ${reason(error)}` }] };
  }
  // Editors on Windows may save a byte order mark, which JSON.parse rejects; it is not content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: { file, text, value: JSON.parse(text) } };
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(file, text, error)] };
  }
}

/**
 * JSON.parse's messages lack a position on Node 20 for some mistakes and echo the input, so the
 * scanner finds the mistake again, with a line and column and a plainer message.
 */
function syntaxProblem(file: string, text: string, parseError: unknown) {
  try {
    scanJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return {
        file,
        message: `Invalid JSON: ${error.message}`,
        location: new LineIndex(text).locate(error.offset),
      };
    }
    throw error;
  }
  // The scanner accepted what JSON.parse refused: report JSON.parse's own words.
  return { file, message: `Invalid JSON: ${(parseError as Error).message}` };
}

/** Why a file could not be read, in words. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
