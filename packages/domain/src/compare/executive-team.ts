import type { ChartAnalysis } from '../chart/analysis.js';

/**
 * The executive team of docs/compare.md: the head of the organisation and everyone reporting
 * directly to it, the "top team" whose size the research on CEO spans counts (domain-knowledge
 * §2.2, EXT:12), and what a restructuring option usually changes ("the CTO moves up to the CEO").
 * The head is the CEO (a position holding the `ceo` role, named or recognised from its title);
 * without one, the chart's only top that is not a board; otherwise there is no head and the team
 * size is null rather than a misleading 0.
 */
export function executiveTeam(analysis: ChartAnalysis): { head: number; size: number } | null {
  const head = executiveHead(analysis);
  return head === undefined ? null : { head, size: 1 + analysis.spanOf(head) };
}

/**
 * With several CEOs (a duplicate-executive finding), the one highest in the chart, the first in
 * chart order on a tie; one on a cycle or under an unknown manager (layer 0) only when every CEO is.
 */
function executiveHead(analysis: ChartAnalysis): number | undefined {
  const ceos = analysis.holdersOf('ceo');
  if (ceos.length > 0) {
    let head: number | undefined;
    let headLayer = Number.POSITIVE_INFINITY;
    for (const ceo of ceos) {
      const layer = analysis.layerOf(ceo);
      if (layer > 0 && layer < headLayer) {
        head = ceo;
        headLayer = layer;
      }
    }
    return head ?? ceos[0];
  }
  let head: number | undefined;
  for (const top of analysis.tops) {
    if (analysis.hasRole(top, 'board')) continue;
    if (head !== undefined) return undefined;
    head = top;
  }
  return head;
}
