import type { ChartAnalysis } from '../../chart/analysis.js';
import type { Suggestion } from '../../engine/types.js';

/**
 * A suggestion to let `position` report to `manager`, or undefined when that move makes no sense:
 * the position would report to itself, already reports there, or would end up under its own team
 * (a cycle).
 */
export function moveUnder(
  analysis: ChartAnalysis,
  position: number,
  manager: number,
  title = `Let ${analysis.label(position)} report to ${analysis.label(manager)}`,
): Suggestion | undefined {
  if (
    position === manager ||
    analysis.resolvedManager(position) === manager ||
    analysis.isAncestorOf(position, manager) ||
    analysis.inCycle(manager)
  ) {
    return undefined;
  }
  return {
    title,
    patch: [
      { op: 'setReportsTo', positionId: analysis.id(position), reportsTo: analysis.id(manager) },
    ],
  };
}
