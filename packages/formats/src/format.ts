import type { DeckInput } from '@orgwise/deck';
import type { Chart } from '@orgwise/domain';
import type { ComparedDiff } from './comparison/comparison-csv.js';
import type { CsvTable } from './csv/parse-csv.js';
import type { ImportIssue } from './directory/import-issue.js';
import type { ImportSource } from './import/import-source.js';

/** What a file holds: one option's chart, a comparison of options, or the deck of options. */
export type FormatSubject = 'chart' | 'comparison' | 'deck';

export type FormatDirection = 'import' | 'export';

/** A file's text (saved as UTF-8) or bytes. */
export type FileContent = string | Uint8Array;

export interface Exported {
  content: FileContent;
  /** Something the user should know about the file (a picture drawn smaller than asked). */
  notice?: string;
}

/**
 * Draws the chart as it is shown, which only a browser can: the web app hands its canvas renderer
 * in. Rejects with an ExportError whose message is meant for the user.
 */
export type DrawChart = (extension: 'png' | 'svg') => Promise<Exported>;

/** What each subject's exports are made from. */
export interface ExportInputs {
  chart: { chart: Chart; draw?: DrawChart };
  comparison: { comparisons: readonly ComparedDiff[] };
  deck: DeckInput;
}

/**
 * What an import gives: a chart, a table that needs its columns mapped to position fields first
 * (the mapping step), or every reason it could not be read. A chart from a directory comes with
 * `issues`: what of the document could not be mapped (a disabled account left out, a manager
 * nobody in the document is).
 */
export type Imported =
  | { kind: 'chart'; chart: Chart; issues?: ImportIssue[] }
  | { kind: 'table'; table: CsvTable }
  | { kind: 'error'; errors: string[] };

export interface FormatReader {
  /** Extensions (lower case, no dot) read as this format, besides the one it writes. */
  extensions: readonly string[];
  /** Whether a file without a telling extension holds this format (by its bytes or its text). */
  sniff: (source: ImportSource) => boolean;
  /**
   * Never rejects: what cannot be read is an `error` with the reasons. Asynchronous so that a
   * reader can load its library only when a file of its format comes (a workbook reader).
   */
  read: (source: ImportSource) => Promise<Imported>;
}

/**
 * One file format, as Excalidraw registers an action: menus, file pickers, file names and the CLI
 * all list these records, so a format is added in one place. A format that can be exported has
 * `produce`; one that can be imported has `read`.
 */
export interface Format<S extends FormatSubject = FormatSubject> {
  /**
   * `<subject>-<extension>`, or `<subject>-<dialect>` when several formats share an extension;
   * unique; also the record's file name.
   */
  id: string;
  /**
   * Which of the formats that share an extension this is (`scim`, `msgraph`, `google-directory`:
   * all .json); also its name over HTTP (`POST /api/v1/import?format=scim`).
   */
  dialect?: string;
  /** As menus show it: "JSON", "PNG image", "PowerPoint". */
  label: string;
  /** One line on what the file is good for. */
  description: string;
  subject: S;
  /** Written without the dot; the file name ends with it. */
  extension: string;
  /** The IANA media type of the file. */
  mediaType: string;
  /** `anywhere`: plain code; `browser`: drawn from the page, so only the web app produces it. */
  runsIn: 'anywhere' | 'browser';
  produce?: (input: ExportInputs[S]) => Promise<Exported>;
  read?: FormatReader;
}

/** Any record of the registry, with its subject's input type. */
export type AnyFormat = { [S in FormatSubject]: Format<S> }[FormatSubject];

/** A file that cannot be made, with the reason in the user's words. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** Defines a format record, typed by its subject (as typescript-eslint's createRule does for rules). */
export function defineFormat<S extends FormatSubject>(format: Format<S>): Format<S> {
  return format;
}
