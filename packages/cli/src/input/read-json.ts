import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '@orgwise/domain';
import { LineIndex } from '../json/line-index.js';
import { JsonSyntaxError, scanJson } from '../json/scan-json.js';
import { cliText } from '../lang/cli-text.js';
import type { ReadResult } from './input-problem.js';

export interface JsonFile {
  /** The file as the user named it, for messages and reports. */
  file: string;
  /** The text as parsed (without a byte order mark), for locating values in it. */
  text: string;
  value: unknown;
}

/**
 * Reads and parses a JSON file relative to `cwd`; every failure is a problem naming the file (why
 * a file cannot be read in `locale`; a JSON syntax error as the scanner words it).
 */
export async function readJsonFile(
  file: string,
  cwd: string,
  locale: Locale = 'en',
): Promise<ReadResult<JsonFile>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const message = cliText(locale)('cannotRead', { reason: reason(error, locale) });
    return { ok: false, problems: [{ file, message }] };
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
export function reason(error: unknown, locale: Locale = 'en'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'missing'
      : code === 'EISDIR'
        ? 'directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'denied'
          : undefined;
  return why === undefined ? (error as Error).message : cliText(locale)('unreadableWhy', { why });
}
