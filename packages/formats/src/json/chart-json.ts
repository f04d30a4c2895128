import { type Chart, parseChart } from '@orgwise/domain';
import { describeIssue } from './issue-path.js';

export type ChartJsonResult = { ok: true; chart: Chart } | { ok: false; errors: string[] };

/**
 * The chart as a file: pretty-printed, with every field the chart holds (unknown ones included),
 * so that importing it gives back the same chart.
 */
export function serializeChart(chart: Chart): string {
  return `${JSON.stringify(chart, null, 2)}\n`;
}

/** "line 3, column 14" for a character offset, counting as text editors do (from 1). */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * Why JSON.parse refused the text, in words that point at the place. Browsers word their messages
 * differently; V8 names a character offset, which is turned into a line and column.
 */
export function syntaxErrorMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return 'The file is empty.';
  const offset = /at position (\d+)/.exec(detail)?.[1];
  const where =
    offset !== undefined && !/\bline\b/.test(detail)
      ? ` (${lineAndColumn(text, Number(offset))})`
      : '';
  return `The file is not valid JSON${where}: ${detail}`;
}

/**
 * Reads a chart file. Never throws: a file that is not JSON, or not a chart, gives the reasons,
 * each naming the exact place (`positions[3].reportsTo: ...`).
 */
export function readChartJson(text: string): ChartJsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [syntaxErrorMessage(source, error)] };
  }
  const result = parseChart(input);
  if (result.ok) return { ok: true, chart: result.chart };
  return { ok: false, errors: result.issues.map((issue) => describeIssue(issue, input)) };
}
