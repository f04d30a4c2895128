import { type Chart, parseChart } from '@orgwise/domain';
import type { JsonPath } from '../json/scan-json.js';
import { problemsFromIssues, type ReadResult } from './input-problem.js';
import { readJsonFile } from './read-json.js';

export interface ChartFile {
  /** The file as the user named it. */
  file: string;
  /** The JSON text, for pointing findings at lines. */
  text: string;
  chart: Chart;
}

/** Reads a chart file: unreadable files, invalid JSON and malformed charts are problems. */
export async function readChart(file: string, cwd: string): Promise<ReadResult<ChartFile>> {
  const json = await readJsonFile(file, cwd);
  if (!json.ok) return json;
  const { text, value } = json.value;
  const parsed = parseChart(value);
  if (parsed.ok) return { ok: true, value: { file, text, chart: parsed.chart } };
  return {
    ok: false,
    problems: problemsFromIssues(file, text, parsed.issues, (path) => positionSubject(value, path)),
  };
}

/** `position "cto"` for a path inside positions[n], when that position has a usable id. */
function positionSubject(document: unknown, path: JsonPath): string | undefined {
  const [field, index] = path;
  if (field !== 'positions' || typeof index !== 'number' || path.length < 3) return undefined;
  const positions = (document as { positions?: unknown }).positions;
  const id = Array.isArray(positions) ? (positions[index] as { id?: unknown } | null)?.id : null;
  return typeof id === 'string' && id !== '' ? `position ${JSON.stringify(id)}` : undefined;
}
