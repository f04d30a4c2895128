import { parseChart } from '../src/chart/parse-chart.js';
import { validate } from '../src/default-rules.js';
import { judgeFix } from '../src/testing/judge-fix.js';
import type { CorpusChart } from './score-charts.js';

export interface FixCheck {
  suggestions: number;
  worse: Array<{ chart: string; ruleId: string; title: string; why: string }>;
}

/** Applies every suggestion the corpus draws and judges the chart it leaves (judgeFix). */
export function checkFixes(charts: ReadonlyArray<CorpusChart & { file: string }>): FixCheck {
  const check: FixCheck = { suggestions: 0, worse: [] };
  for (const entry of charts) {
    const parsed = parseChart(entry.chart);
    if (!parsed.ok) continue;
    const report = validate(parsed.chart);
    for (const finding of report.findings) {
      for (const suggestion of finding.suggestions) {
        check.suggestions++;
        const verdict = judgeFix(parsed.chart, report, finding, suggestion);
        if (!verdict.better) {
          check.worse.push({
            chart: entry.file,
            ruleId: finding.ruleId,
            title: suggestion.title,
            why: verdict.why ?? '',
          });
        }
      }
    }
  }
  return check;
}
