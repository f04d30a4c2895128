import { type InputIssue, toInputIssues } from './input-issue.js';
import { type Chart, chartSchema } from './schema.js';

export type ParseChartResult = { ok: true; chart: Chart } | { ok: false; issues: InputIssue[] };

/**
 * Checks that `input` has the shape of a chart document. Never throws: every malformed part is an
 * issue with its exact path. Semantic problems (cycles, unknown managers, duplicate ids) are left to
 * `validate`, so that the user gets all of them in one report.
 */
export function parseChart(input: unknown): ParseChartResult {
  const result = chartSchema.safeParse(input);
  return result.success
    ? { ok: true, chart: result.data }
    : { ok: false, issues: toInputIssues(result.error) };
}
