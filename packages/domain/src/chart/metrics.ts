import type { ChartAnalysis } from './analysis.js';
import { managementLayers, maxManagementLayers } from './management-layers.js';

export interface ChartMetrics {
  positions: number;
  /**
   * Management layers of the deepest reporting chain, counting its top as layer 1 and leaving a
   * board out (governance, not a layer), exactly as the layer-count rule counts them.
   */
  layers: number;
  /** Most direct reports of any manager. */
  maxSpan: number;
  /** Mean direct reports over the positions that have any (0 when none do). */
  meanSpan: number;
  vacancies: number;
  interim: number;
}

export function computeMetrics(analysis: ChartAnalysis): ChartMetrics {
  let maxSpan = 0;
  let managers = 0;
  let reports = 0;
  let vacancies = 0;
  let interim = 0;
  for (let i = 0; i < analysis.size; i++) {
    const span = analysis.spanOf(i);
    if (span > 0) {
      managers++;
      reports += span;
      if (span > maxSpan) maxSpan = span;
    }
    if (analysis.isVacant(i)) vacancies++;
    if (analysis.isInterim(i)) interim++;
  }
  return {
    positions: analysis.size,
    layers: maxManagementLayers(managementLayers(analysis)),
    maxSpan,
    meanSpan: managers === 0 ? 0 : Math.round((reports / managers) * 100) / 100,
    vacancies,
    interim,
  };
}
