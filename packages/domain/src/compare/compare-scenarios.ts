import type { InputIssue } from '../chart/input-issue.js';
import type { Chart } from '../chart/schema.js';
import { parseRuleSettings, validate } from '../default-rules.js';
import type { RuleSettings } from '../engine/settings.js';
import type { ValidationReport } from '../engine/types.js';
import type { ChartDiff } from './chart-diff.js';
import { CompareError } from './compare-error.js';
import { describeFindingDelta } from './describe-finding-delta.js';
import { diffCharts } from './diff-charts.js';
import { type FindingDelta, findingDelta } from './finding-delta.js';
import { type Scorecard, scorecard } from './scorecard.js';

/** One restructuring option: "Today", "Option A: split CIO and CTO", ... */
export interface Scenario {
  name: string;
  chart: Chart;
  /** Rule settings for this scenario's validation; the defaults when absent. */
  rules?: RuleSettings;
}

export interface CompareScenariosOptions {
  /** Index of the scenario the others are compared against; default 0 (usually "today"). */
  baseline?: number;
}

export interface ScenarioResult {
  name: string;
  report: ValidationReport;
  scorecard: Scorecard;
  /** How this scenario's chart differs from the baseline's; null for the baseline itself. */
  diff: ChartDiff | null;
  /** The findings this scenario resolves and introduces against the baseline; null for the baseline. */
  delta: FindingDelta | null;
  /** The delta in one sentence, named after the scenario; null for the baseline. */
  deltaSummary: string | null;
}

export interface ScenarioComparison {
  baseline: number;
  /** In the order given. */
  scenarios: ScenarioResult[];
}

/**
 * Validates every scenario and compares each with the baseline: its report, scorecard, chart diff
 * and finding delta, all in one call for a side-by-side view. Charts are taken as parsed (run
 * parseChart on untrusted input first). Throws a CompareError listing every problem of the request
 * before doing any work.
 */
export function compareScenarios(
  scenarios: readonly Scenario[],
  options: CompareScenariosOptions = {},
): ScenarioComparison {
  const baseline = options.baseline ?? 0;
  const issues = checkRequest(scenarios, baseline);
  if (issues.length > 0) throw new CompareError(issues);

  const reports = scenarios.map((scenario) =>
    scenario.rules === undefined
      ? validate(scenario.chart)
      : validate(scenario.chart, { rules: scenario.rules }),
  );
  const base = scenarios[baseline]!;
  const baseReport = reports[baseline]!;
  return {
    baseline,
    scenarios: scenarios.map((scenario, i) => {
      const report = reports[i]!;
      const isBaseline = i === baseline;
      const delta = isBaseline ? null : findingDelta(baseReport, report);
      return {
        name: scenario.name,
        report,
        scorecard: scorecard(scenario.chart, report),
        diff: isBaseline ? null : diffCharts(base.chart, scenario.chart),
        delta,
        deltaSummary: delta === null ? null : describeFindingDelta(delta, scenario.name),
      };
    }),
  };
}

function checkRequest(scenarios: readonly Scenario[], baseline: number): InputIssue[] {
  if (!Array.isArray(scenarios) || scenarios.length === 0) {
    return [{ path: ['scenarios'], message: 'Give at least one scenario to compare' }];
  }
  const issues: InputIssue[] = [];
  if (!Number.isInteger(baseline) || baseline < 0 || baseline >= scenarios.length) {
    const count = scenarios.length;
    issues.push({
      path: ['baseline'],
      message:
        count === 1
          ? `The baseline is ${String(baseline)}, but there is only one scenario; use 0`
          : `The baseline is ${String(baseline)}, but the ${count} scenarios are numbered 0 to ${count - 1}`,
    });
  }
  scenarios.forEach((scenario, i) => {
    const parsed = parseRuleSettings(scenario.rules);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        issues.push({ path: ['scenarios', i, 'rules', ...issue.path], message: issue.message });
      }
    }
  });
  return issues;
}
