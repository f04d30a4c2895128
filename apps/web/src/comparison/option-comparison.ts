import {
  type ChartDiff,
  describeFindingDelta,
  diffCharts,
  type FindingDelta,
  findingDelta,
  indexDiff,
  type PositionDiff,
  type Scorecard,
  scorecard,
} from '@orgwise/domain';
import type { ComparedOption } from './compared-option.js';

export interface OptionComparison {
  option: ComparedOption;
  scorecard: Scorecard;
  isBaseline: boolean;
  /** Against the baseline; null for the baseline itself. */
  diff: ChartDiff | null;
  /** The diff by position id, for highlighting this option's chart. */
  changes: ReadonlyMap<string, PositionDiff>;
  delta: FindingDelta | null;
  /** "Option B resolves 2 warnings and introduces 1 info"; null for the baseline. */
  deltaSummary: string | null;
}

const noChanges: ReadonlyMap<string, PositionDiff> = new Map();

/**
 * Each option against the baseline, with the reports the options carry (the workspace's rules),
 * so nothing is validated twice. The baseline comes first, the others in the order given.
 */
export function compareOptions(
  baseline: ComparedOption,
  others: readonly ComparedOption[],
): OptionComparison[] {
  const base: OptionComparison = {
    option: baseline,
    scorecard: scorecard(baseline.chart, baseline.report),
    isBaseline: true,
    diff: null,
    changes: noChanges,
    delta: null,
    deltaSummary: null,
  };
  return [
    base,
    ...others.map((option) => {
      const diff = diffCharts(baseline.chart, option.chart);
      const delta = findingDelta(baseline.report, option.report);
      return {
        option,
        scorecard: scorecard(option.chart, option.report),
        isBaseline: false,
        diff,
        changes: indexDiff(diff),
        delta,
        deltaSummary: describeFindingDelta(delta, option.name),
      };
    }),
  ];
}
