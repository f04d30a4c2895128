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
import { focusIds } from './focus-ids.js';
import { type OptionFigures, optionFigures } from './option-figures.js';
import { type ShapeDistribution, shapeDistribution } from './shape-distribution.js';

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
  /** Headcount, FTE and cost from the positions' HR fields. */
  figures: OptionFigures;
  /** Managers by span and positions by layer. */
  shape: ShapeDistribution;
  /** The positions its chart is focused on: what changed and where it moved from and to. */
  focus: string[];
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
  const compared = others.map((option) => {
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
      figures: optionFigures(option.chart),
      shape: shapeDistribution(option.chart),
      focus: focusIds([diff], 'after'),
    };
  });
  const base: OptionComparison = {
    option: baseline,
    scorecard: scorecard(baseline.chart, baseline.report),
    isBaseline: true,
    diff: null,
    changes: noChanges,
    delta: null,
    deltaSummary: null,
    figures: optionFigures(baseline.chart),
    shape: shapeDistribution(baseline.chart),
    focus: focusIds(
      compared.map((c) => c.diff),
      'before',
    ),
  };
  return [base, ...compared];
}
