import type { ChartAnalysis } from './analysis.js';

/**
 * Management layers of each position: the positions on its chain up to the top, boards left out
 * (0 under a cycle or an unknown manager, which have no layers). Memoised walks up the chain, with
 * an explicit stack, so that a chain of 1,000,000 positions costs linear time and no recursion.
 */
export function managementLayers(analysis: ChartAnalysis): Int32Array {
  const n = analysis.size;
  const board = new Uint8Array(n);
  for (const i of analysis.holdersOf('board')) board[i] = 1;
  const depth = new Int32Array(n);
  const known = new Uint8Array(n);
  const stack = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (known[start] === 1 || analysis.layerOf(start) === 0) continue;
    // Up to a position already counted, or to the top; layerOf > 0 guarantees the walk ends there.
    let top = 0;
    let i = start;
    while (known[i] === 0) {
      stack[top++] = i;
      const manager = analysis.managerOf(i);
      if (manager < 0) break;
      i = manager;
    }
    let below = known[i] === 1 ? depth[i]! : 0;
    while (top > 0) {
      const j = stack[--top]!;
      below += board[j] === 1 ? 0 : 1;
      depth[j] = below;
      known[j] = 1;
    }
  }
  return depth;
}

/** The most management layers of any position: the `layers` metric and what layer-count checks. */
export function maxManagementLayers(depth: Int32Array): number {
  let max = 0;
  for (let i = 0; i < depth.length; i++) if (depth[i]! > max) max = depth[i]!;
  return max;
}
