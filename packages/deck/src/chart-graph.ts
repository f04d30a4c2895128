import type { LaidOutChart } from './deck-model.js';

/**
 * The reporting structure of a laid-out chart by node index, built once per option and shared by
 * the page splitting and the drawing. Edges naming an unknown id or a node itself are ignored (a
 * half-edited chart still exports); a report with several solid managers keeps the first.
 */
export interface ChartGraph {
  size: number;
  indexOf: ReadonlyMap<string, number>;
  /** First solid manager of each node, -1 for a top. */
  manager: Int32Array;
  /** Solid reporting lines as [manager, report] index pairs. */
  solid: readonly (readonly [number, number])[];
  /** Dotted lines as [from, to] index pairs. */
  dotted: readonly (readonly [number, number])[];
  /**
   * Levels below a top (0 for a top). Nodes on a reporting cycle, which a chart under construction
   * can have, hang from no top and get the level after the deepest one.
   */
  depth: Int32Array;
}

export function chartGraph(chart: LaidOutChart): ChartGraph {
  const size = chart.nodes.length;
  const indexOf = new Map<string, number>();
  chart.nodes.forEach((node, i) => {
    if (!indexOf.has(node.id)) indexOf.set(node.id, i);
  });
  const manager = new Int32Array(size).fill(-1);
  const solid: [number, number][] = [];
  const dotted: [number, number][] = [];
  for (const edge of chart.edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (edge.dotted) dotted.push([from, to]);
    else if (manager[to] === -1) {
      manager[to] = from;
      solid.push([from, to]);
    }
  }
  return { size, indexOf, manager, solid, dotted, depth: depths(size, manager, solid) };
}

// Breadth-first from the tops with a queue, never recursion: a chart can be 100,000 levels deep.
function depths(size: number, manager: Int32Array, solid: readonly [number, number][]): Int32Array {
  const start = new Int32Array(size + 1);
  for (const [from] of solid) start[from + 1]!++;
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, size);
  const reports = new Int32Array(solid.length);
  for (const [from, to] of solid) reports[fill[from]!++] = to;

  const depth = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  let tail = 0;
  for (let i = 0; i < size; i++) {
    if (manager[i] === -1) {
      depth[i] = 0;
      queue[tail++] = i;
    }
  }
  let deepest = 0;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const report = reports[k]!;
      if (depth[report] !== -1) continue;
      depth[report] = depth[node]! + 1;
      deepest = Math.max(deepest, depth[report]!);
      queue[tail++] = report;
    }
  }
  for (let i = 0; i < size; i++) if (depth[i] === -1) depth[i] = deepest + 1;
  return depth;
}
