import type { ChartAnalysis } from '../../chart/analysis.js';

/** An id not used in the chart, from `base`: "cto", else "cto-2", "cto-3", ... */
export function freshId(analysis: ChartAnalysis, base: string): string {
  if (analysis.indexOf(base) === undefined) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (analysis.indexOf(candidate) === undefined) return candidate;
  }
}
