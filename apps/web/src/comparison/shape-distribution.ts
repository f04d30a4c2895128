import type { Chart } from '@orgwise/domain';
import { buildForest } from '@orgwise/layout';

/** Span buckets as org-design tools draw them: one report, narrow, typical, wide, very wide. */
export const spanBuckets = [
  { label: '1', min: 1, max: 1 },
  { label: '2–3', min: 2, max: 3 },
  { label: '4–7', min: 4, max: 7 },
  { label: '8–12', min: 8, max: 12 },
  { label: '13+', min: 13, max: Number.POSITIVE_INFINITY },
] as const;

export interface ShapeDistribution {
  /** Managers per span bucket, in the order of `spanBuckets`. */
  spans: number[];
  /** Positions per layer, the top first. */
  layers: number[];
}

/**
 * How an option's managers' spans and its positions' layers are distributed. Reporting loops and
 * unknown managers are laid out as the canvas lays them out (buildForest): every position is
 * counted once. Breadth first, no recursion.
 */
export function shapeDistribution(chart: Chart): ShapeDistribution {
  const forest = buildForest(chart);
  const spans = spanBuckets.map(() => 0);
  const layers: number[] = [];
  let level: number[] = [...forest.roots];
  while (level.length > 0) {
    layers.push(level.length);
    const next: number[] = [];
    for (const i of level) {
      const children = forest.children[i]!;
      if (children.length > 0) {
        const bucket = spanBuckets.findIndex(
          (b) => children.length >= b.min && children.length <= b.max,
        );
        spans[bucket]!++;
      }
      for (const child of children) next.push(child);
    }
    level = next;
  }
  return { spans, layers };
}
