import { parseChart } from '../src/chart/parse-chart.js';
import { validate } from '../src/default-rules.js';
import type { Finding } from '../src/engine/types.js';

/** An expectation of a corpus chart: a finding of `ruleId` whose positions start with the first id and contain the rest. */
export interface CorpusExpectation {
  ruleId: string;
  positionIds: string[];
  reason: string;
}

/** One chart of corpus/charts (corpus/README.md). */
export interface CorpusChart {
  name: string;
  country: string;
  kind: string;
  basis: string;
  chart: unknown;
  expected: CorpusExpectation[];
  optional?: CorpusExpectation[];
  notExpected?: CorpusExpectation[];
}

export interface ChartResult {
  name: string;
  /** Expected findings that were not reported. */
  missed: CorpusExpectation[];
  /** Findings that a `notExpected` entry rules out. */
  forbidden: Array<{ finding: Finding; expectation: CorpusExpectation }>;
  /** Other warnings and errors: false alarms. */
  falseAlarms: Finding[];
  /** Other infos. */
  strayInfos: Finding[];
  found: number;
}

export interface RuleScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ChartScore {
  charts: ChartResult[];
  rules: Map<string, RuleScore>;
  expected: number;
  found: number;
  /** Warnings and errors that are false: forbidden ones and false alarms. */
  falseWarnings: number;
}

export function matches(finding: Finding, expectation: CorpusExpectation): boolean {
  if (finding.ruleId !== expectation.ruleId) return false;
  const [first, ...rest] = expectation.positionIds;
  if (first !== undefined && finding.positionIds[0] !== first) return false;
  return rest.every((id) => finding.positionIds.includes(id));
}

/** Validates every chart and holds its findings against what the corpus expects. */
export function scoreCharts(charts: readonly CorpusChart[]): ChartScore {
  const rules = new Map<string, RuleScore>();
  const ruleScore = (id: string) => {
    let score = rules.get(id);
    if (score === undefined) {
      score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
      rules.set(id, score);
    }
    return score;
  };
  const results: ChartResult[] = [];
  let expected = 0;
  let found = 0;
  let falseWarnings = 0;
  for (const entry of charts) {
    const parsed = parseChart(entry.chart);
    if (!parsed.ok) throw new Error(`${entry.name}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
    const { findings } = validate(parsed.chart);
    const result: ChartResult = {
      name: entry.name,
      missed: [],
      forbidden: [],
      falseAlarms: [],
      strayInfos: [],
      found: 0,
    };
    const accounted = new Set<Finding>();
    for (const expectation of entry.expected) {
      expected++;
      const hit = findings.find((finding) => matches(finding, expectation));
      if (hit === undefined) {
        result.missed.push(expectation);
        ruleScore(expectation.ruleId).falseNegatives++;
      } else {
        accounted.add(hit);
        result.found++;
        found++;
        ruleScore(expectation.ruleId).truePositives++;
      }
    }
    for (const finding of findings) {
      if (accounted.has(finding)) continue;
      if (entry.optional?.some((expectation) => matches(finding, expectation))) continue;
      const forbidding = entry.notExpected?.find((expectation) => matches(finding, expectation));
      ruleScore(finding.ruleId).falsePositives++;
      if (forbidding !== undefined) result.forbidden.push({ finding, expectation: forbidding });
      else if (finding.severity === 'info') result.strayInfos.push(finding);
      else result.falseAlarms.push(finding);
      if (finding.severity !== 'info') falseWarnings++;
    }
    results.push(result);
  }
  return { charts: results, rules, expected, found, falseWarnings };
}
