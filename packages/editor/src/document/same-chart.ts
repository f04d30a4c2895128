import type { Chart, DottedLine } from '@orgwise/domain';
import { sameJson } from '../json/same-json.js';

/** The same dotted lines, in any order (their order means nothing, and undo may change it). */
export function sameDottedLines(a: readonly DottedLine[], b: readonly DottedLine[]): boolean {
  if (a.length !== b.length) return false;
  const key = (line: DottedLine) => JSON.stringify([line.from, line.to]);
  const counts = new Map<string, number>();
  for (const line of a) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
  for (const line of b) {
    const left = counts.get(key(line)) ?? 0;
    if (left === 0) return false;
    counts.set(key(line), left - 1);
  }
  return true;
}

/**
 * Whether two charts say the same: equal JSON, except that dotted lines may come in another order
 * and no dotted lines equals an empty list. What undo promises to bring back.
 */
export function sameChart(a: Chart, b: Chart): boolean {
  const { dottedLines: aLines, ...aRest } = a;
  const { dottedLines: bLines, ...bRest } = b;
  return sameJson(aRest, bRest) && sameDottedLines(aLines ?? [], bLines ?? []);
}
