import { type Chart, type Locale, parseChart } from '@orgwise/domain';
import { formatsWriting, importFormats, readExtensions } from '@orgwise/formats';
import type { JsonPath } from '../json/scan-json.js';
import { cliText } from '../lang/cli-text.js';
import { type InputProblem, problemsFromIssues, type ReadResult } from './input-problem.js';
import { readJsonFile } from './read-json.js';

/** The registry's format that `orgwise check` reads. */
export const CHECKED_FORMAT = 'chart-json';

export interface ChartFile {
  /** The file as the user named it. */
  file: string;
  /** The JSON text, for pointing findings at lines. */
  text: string;
  chart: Chart;
}

/**
 * Reads a chart file: unreadable files, invalid JSON and malformed charts are problems, said in
 * `locale` where Orgwise words them.
 */
export async function readChart(
  file: string,
  cwd: string,
  locale: Locale = 'en',
): Promise<ReadResult<ChartFile>> {
  const otherFormat = otherFormatProblem(file);
  if (otherFormat !== undefined) return { ok: false, problems: [otherFormat] };
  const json = await readJsonFile(file, cwd, locale);
  if (!json.ok) return json;
  const { text, value } = json.value;
  const parsed = parseChart(value, { locale });
  if (parsed.ok) return { ok: true, value: { file, text, chart: parsed.chart } };
  const subject = (path: JsonPath) => positionSubject(value, path, locale);
  return { ok: false, problems: problemsFromIssues(file, text, parsed.issues, locale, subject) };
}

/** `position "cto"` for a path inside positions[n], when that position has a usable id. */
function positionSubject(document: unknown, path: JsonPath, locale: Locale): string | undefined {
  const [field, index] = path;
  if (field !== 'positions' || typeof index !== 'number' || path.length < 3) return undefined;
  const positions = (document as { positions?: unknown }).positions;
  const id = Array.isArray(positions) ? (positions[index] as { id?: unknown } | null)?.id : null;
  return typeof id === 'string' && id !== ''
    ? cliText(locale)('positionSubject', { id: JSON.stringify(id) })
    : undefined;
}

/**
 * A file named as another of Orgwise's formats (a CSV export, a deck) would only fail as "invalid
 * JSON"; saying what it is and what check reads is more use. Other extensions are tried as JSON.
 */
function otherFormatProblem(file: string): InputProblem | undefined {
  const named = formatsWriting(file);
  if (named.length === 0 || named.some((format) => format.id === CHECKED_FORMAT)) return undefined;
  const which = named.map((format) => format.id).join(' or ');
  // A file an import format reads (a CSV or workbook of positions) can be checked with --from.
  const extension = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const importer = importFormats().find((format) => readExtensions(format).includes(extension));
  const hint =
    importer === undefined
      ? '(run "orgwise formats")'
      : `(run "orgwise check --from ${importer.dialect ?? importer.extension}" for a file of positions)`;
  return {
    file,
    message: `This is named as ${which}; orgwise check reads ${CHECKED_FORMAT} ${hint}.`,
  };
}
