import { ChartAnalysis } from '../chart/analysis.js';
import { type ChartMetrics, computeMetrics } from '../chart/metrics.js';
import type { Chart } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import type { ValidationReport, ValidationSummary } from '../engine/types.js';
import { executiveTeam } from './executive-team.js';

/** The figures a consultant compares options by (docs/compare.md). */
export interface Scorecard extends ChartMetrics {
  /**
   * The CEO plus the CEO's direct reports; null when the chart has no CEO and no single top to
   * stand for one.
   */
  executiveTeam: number | null;
  /** Id of the position the executive team was counted from (the CEO), or null. */
  executiveHead: string | null;
  /** The report's findings by severity. */
  findings: ValidationSummary;
}

/**
 * The scorecard of a chart. `report` is the chart's validation report, when the caller has one
 * already (with its own rule settings); otherwise the chart is validated with the default rules.
 */
export function scorecard(chart: Chart, report: ValidationReport = validate(chart)): Scorecard {
  const analysis = new ChartAnalysis(chart);
  const team = executiveTeam(analysis);
  const { errors, warnings, infos } = report.summary;
  return {
    ...computeMetrics(analysis),
    executiveTeam: team?.size ?? null,
    executiveHead: team === null ? null : analysis.id(team.head),
    findings: { errors, warnings, infos },
  };
}
