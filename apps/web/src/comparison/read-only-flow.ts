import type { Chart } from '@orgwise/domain';
import { autoCollapse, buildForest } from '@orgwise/layout';
import { chartToFlow, type FlowElements } from '../flow/chart-to-flow.js';

/**
 * A chart laid out as the editor's canvas lays it out (same forest, card sizes and tree layout),
 * for the read-only views. A large chart opens on its leadership levels, as in the editor.
 */
export function readOnlyFlow(chart: Chart): FlowElements {
  const forest = buildForest(chart);
  const collapsed: Record<string, true> = {};
  for (const index of autoCollapse(forest)) collapsed[forest.analysis.id(index)] = true;
  return chartToFlow(chart, forest, { direction: 'TB', collapsed });
}
