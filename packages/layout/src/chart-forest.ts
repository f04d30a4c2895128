import { type Chart, ChartAnalysis, NO_MANAGER, UNKNOWN_MANAGER } from '@orgwise/domain';

/** Why a position is drawn as a top although it has a manager. */
export type ForestMark = 'cycle' | 'unknown-manager' | null;

/**
 * The chart as a forest that can be laid out and drawn: every position appears exactly once,
 * addressed by its index in `chart.positions`. A reporting loop is cut at one position (the first
 * of the loop in chart order), which is drawn as a top and marked; a position whose manager does
 * not exist is also drawn as a marked top. Nothing is hidden, so the findings about these problems
 * always point at something on screen.
 */
export interface ChartForest {
  analysis: ChartAnalysis;
  size: number;
  /** Unique key per position, for React Flow: the id, or `id~index` for a repeated id. */
  keys: string[];
  keyIndex: ReadonlyMap<string, number>;
  /** Layout parent of each position, -1 for a top. */
  parent: Int32Array;
  /** Layout children of each position (its reports, minus a loop's cut position). */
  children: readonly (readonly number[])[];
  /** Tops in chart order: real tops, loop cuts and positions under an unknown manager. */
  roots: readonly number[];
  marks: readonly ForestMark[];
  /** Whether the position is on a reporting loop (the cut one included). */
  onCycle: (index: number) => boolean;
  /** Size of each position's team: everyone below it, not counting itself. */
  teamSize: Int32Array;
  /** Depth below its top (a top is 0). */
  depth: Int32Array;
}

const empty: readonly number[] = [];

export function buildForest(chart: Chart): ChartForest {
  const analysis = new ChartAnalysis(chart);
  const n = analysis.size;
  const keys: string[] = new Array(n);
  const keyIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = analysis.id(i);
    const key = keyIndex.has(id) ? `${id}~${i}` : id;
    keys[i] = key;
    keyIndex.set(key, i);
  }

  const parent = new Int32Array(n);
  const marks: ForestMark[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const manager = analysis.managerOf(i);
    parent[i] = manager;
    if (manager === UNKNOWN_MANAGER) marks[i] = 'unknown-manager';
  }
  // Cut every loop once: iterating in chart order, the first unvisited position on a loop is the
  // loop's first position in chart order, and walking its managers visits the rest of the loop.
  const visited = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (visited[i] || !analysis.inCycle(i)) continue;
    for (let at = i; !visited[at]; at = analysis.managerOf(at)) visited[at] = 1;
    parent[i] = NO_MANAGER;
    marks[i] = 'cycle';
  }

  const children: (readonly number[])[] = new Array(n);
  const roots: number[] = [];
  for (let i = 0; i < n; i++) children[i] = empty;
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if (p < 0) {
      parent[i] = -1;
      roots.push(i);
      continue;
    }
    const list = children[p];
    if (list === empty) children[p] = [i];
    else (list as number[]).push(i);
  }

  // Breadth-first order from the tops gives depths; walking it backwards sums the teams.
  const order: number[] = roots.slice();
  const depth = new Int32Array(n);
  for (let k = 0; k < order.length; k++) {
    const at = order[k]!;
    for (const child of children[at]!) {
      depth[child] = depth[at]! + 1;
      order.push(child);
    }
  }
  const teamSize = new Int32Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const at = order[k]!;
    const p = parent[at]!;
    if (p >= 0) teamSize[p] = teamSize[p]! + teamSize[at]! + 1;
  }

  return {
    analysis,
    size: n,
    keys,
    keyIndex,
    parent,
    children,
    roots,
    marks,
    onCycle: (index) => analysis.inCycle(index),
    teamSize,
    depth,
  };
}
