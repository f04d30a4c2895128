import type { ChartAnalysis } from '../../chart/analysis.js';

/**
 * Whether a patch naming this position's id reaches this very position. applyPatch, like every
 * manager reference, goes to the first position with an id; a later position that shares the id
 * (a duplicate-id finding) cannot be patched by id, so a rule must not suggest a patch for it.
 */
export function isFirstWithId(analysis: ChartAnalysis, index: number): boolean {
  return analysis.indexOf(analysis.id(index)) === index;
}
