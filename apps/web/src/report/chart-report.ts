import {
  type Chart,
  type ChartAnalysis,
  type Finding,
  type RuleSettings,
  type Severity,
  type ValidationReport,
  validate,
} from '@orgwise/domain';
import { selectForest } from '@orgwise/layout';
import type { Locale } from '../i18n/locale.js';
import { useLocale } from '../i18n/locale-store.js';
import { translator } from '../i18n/translate.js';
import { messages } from './messages.js';

/** The findings on one position, for its card's badge. */
export interface PositionFindings {
  count: number;
  worst: Severity;
}

export interface ChartReport {
  report: ValidationReport;
  byPosition: ReadonlyMap<string, PositionFindings>;
  /** Set when the chart could not be checked at all, with the reason. */
  failure: string | null;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const emptyReport: ValidationReport = {
  findings: [],
  summary: { errors: 0, warnings: 0, infos: 0 },
  metrics: { positions: 0, layers: 0, maxSpan: 0, meanSpan: 0, vacancies: 0, interim: 0 },
};

/**
 * Validates a chart with the domain's rules and indexes the findings by position, their texts in
 * `locale`; `analysis`, when the caller has one of this chart, saves validating from making its own.
 */
export function buildReport(
  chart: Chart,
  ruleSettings: RuleSettings,
  analysis?: ChartAnalysis,
  locale: Locale = 'en',
): ChartReport {
  let report: ValidationReport;
  try {
    report = validate(chart, { rules: ruleSettings, analysis, locale });
  } catch (error) {
    // The store only holds parsed charts and checked settings, so this is a bug, not bad input;
    // the editor still shows the chart and says plainly that it could not be checked.
    return {
      report: emptyReport,
      byPosition: new Map(),
      failure: translator(messages, locale)('uncheckable', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  return { report, byPosition: indexFindings(report.findings), failure: null };
}

export function indexFindings(findings: readonly Finding[]): Map<string, PositionFindings> {
  const byPosition = new Map<string, PositionFindings>();
  for (const finding of findings) {
    // A position named twice in one finding (a self-loop) counts once.
    for (const id of new Set(finding.positionIds)) {
      const entry = byPosition.get(id);
      if (entry === undefined) byPosition.set(id, { count: 1, worst: finding.severity });
      else {
        entry.count++;
        if (rank[finding.severity] < rank[entry.worst]) entry.worst = finding.severity;
      }
    }
  }
  return byPosition;
}

let cached:
  | { chart: Chart; ruleSettings: RuleSettings; locale: Locale; result: ChartReport }
  | undefined;

/**
 * The report of the store's current chart in the chosen language, computed once per change of
 * chart, settings or language and shared by every reader (the findings panel and each card's
 * badge), so that a thousand cards do not validate a thousand times. Use as a zustand selector;
 * every reader takes the chosen language, so they never make the cache alternate.
 */
export function selectReport(
  state: { chart: Chart; ruleSettings: RuleSettings },
  locale: Locale = useLocale.getState().locale,
): ChartReport {
  if (
    cached?.chart !== state.chart ||
    cached.ruleSettings !== state.ruleSettings ||
    cached.locale !== locale
  ) {
    cached = {
      chart: state.chart,
      ruleSettings: state.ruleSettings,
      locale,
      // The canvas lays out this chart from the same analysis, so it is made once per edit.
      result: buildReport(state.chart, state.ruleSettings, selectForest(state).analysis, locale),
    };
  }
  return cached.result;
}
