import type { Chart } from '@orgwise/domain';
import { buildForest, type ChartForest } from './chart-forest.js';

let cached: { chart: Chart; forest: ChartForest } | undefined;

/**
 * The forest of the store's current chart, built once per chart and shared by the canvas and the
 * keyboard navigation. Use as a zustand selector or call with the state.
 */
export function selectForest(state: { chart: Chart }): ChartForest {
  if (cached?.chart !== state.chart)
    cached = { chart: state.chart, forest: buildForest(state.chart) };
  return cached.forest;
}
