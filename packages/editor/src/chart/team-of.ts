import type { Chart } from '@orgwise/domain';
import { indexChart } from './chart-index.js';

/** Ids of everyone below a position (not the position itself), found without recursion. */
export function teamOf(chart: Chart, positionId: string): Set<string> {
  const index = indexChart(chart);
  const team = new Set<string>();
  const queue = [positionId];
  for (let k = 0; k < queue.length; k++) {
    for (const report of index.reportsOf(queue[k]!)) {
      if (report.id === positionId || team.has(report.id)) continue;
      team.add(report.id);
      queue.push(report.id);
    }
  }
  return team;
}
