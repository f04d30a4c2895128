import { getRole } from '../roles/catalogue.js';
import { recognizeTitle, type TitleRecognition } from '../roles/recognize-title.js';
import type { RoleId } from '../roles/role-ids.js';
import type { Chart, Position } from './schema.js';

/** `managerOf` for a position whose `reportsTo` names no position. */
export const UNKNOWN_MANAGER = -2;
/** `managerOf` for a position at the top of the chart. */
export const NO_MANAGER = -1;

/**
 * Everything the rules need to know about a chart's structure, computed once per validation in
 * linear time and without recursion, so that a 1,000,000-position chain neither slows the rules
 * down nor overflows the stack. Positions are addressed by their index in `chart.positions`, which
 * stays unambiguous when ids are duplicated; a `reportsTo` resolves to the first position with
 * that id.
 */
export class ChartAnalysis {
  readonly positions: readonly Position[];
  readonly size: number;
  /** First index of each id. */
  private readonly indexById = new Map<string, number>();
  /** Indices of the positions sharing an id, for ids used more than once. */
  readonly duplicateIds = new Map<string, number[]>();
  private readonly manager: Int32Array;
  private readonly childStart: Int32Array;
  private readonly childList: Int32Array;
  private readonly cycle: Uint8Array;
  /** Layer of each position (its top is layer 1); 0 when a cycle is above it. */
  private readonly depth: Int32Array;
  /** Pre-order and post-order numbers of a depth-first walk, for constant-time ancestor checks. */
  private readonly pre: Int32Array;
  private readonly post: Int32Array;
  private readonly recognitions: TitleRecognition[];
  private readonly holders = new Map<RoleId, number[]>();
  /** Positions with no manager, in chart order. */
  readonly tops: readonly number[];
  readonly layers: number;

  constructor(readonly chart: Chart) {
    const positions = chart.positions;
    const n = positions.length;
    this.positions = positions;
    this.size = n;

    for (let i = 0; i < n; i++) {
      const id = positions[i]!.id;
      const first = this.indexById.get(id);
      if (first === undefined) {
        this.indexById.set(id, i);
      } else {
        const group = this.duplicateIds.get(id);
        if (group === undefined) this.duplicateIds.set(id, [first, i]);
        else group.push(i);
      }
    }

    this.manager = new Int32Array(n);
    const childCount = new Int32Array(n + 1);
    const tops: number[] = [];
    for (let i = 0; i < n; i++) {
      const reportsTo = positions[i]!.reportsTo;
      if (reportsTo === undefined || reportsTo === null) {
        this.manager[i] = NO_MANAGER;
        tops.push(i);
        continue;
      }
      const m = this.indexById.get(reportsTo);
      this.manager[i] = m ?? UNKNOWN_MANAGER;
      if (m !== undefined) childCount[m]!++;
    }
    this.tops = tops;

    // Children in compressed rows (CSR): two flat arrays instead of n small ones.
    this.childStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.childStart[i + 1] = this.childStart[i]! + childCount[i]!;
    this.childList = new Int32Array(this.childStart[n]!);
    const fill = this.childStart.slice(0, n);
    for (let i = 0; i < n; i++) {
      const m = this.manager[i]!;
      if (m >= 0) this.childList[fill[m]!++] = i;
    }

    this.cycle = findCycles(this.manager);
    [this.pre, this.post] = numberTree(this.manager, this.cycle, this.childStart, this.childList);
    this.depth = computeDepths(this.manager, this.cycle);
    let layers = 0;
    for (let i = 0; i < n; i++) if (this.depth[i]! > layers) layers = this.depth[i]!;
    this.layers = layers;

    // Titles repeat a lot in real charts ("Engineer"), so recognise each distinct title once.
    const byTitle = new Map<string, TitleRecognition>();
    this.recognitions = new Array(n);
    for (let i = 0; i < n; i++) {
      const position = positions[i]!;
      let recognition = byTitle.get(position.title);
      if (recognition === undefined) {
        recognition = recognizeTitle(position.title);
        byTitle.set(position.title, recognition);
      }
      this.recognitions[i] = recognition;
      for (const role of position.roles ?? recognition.roles) {
        const list = this.holders.get(role);
        if (list === undefined) this.holders.set(role, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }

  id(index: number): string {
    return this.positions[index]!.id;
  }

  position(index: number): Position {
    return this.positions[index]!;
  }

  /** Index of the first position with this id. */
  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** Index of the manager, NO_MANAGER at the top, UNKNOWN_MANAGER when `reportsTo` names no position. */
  managerOf(index: number): number {
    return this.manager[index]!;
  }

  /** The manager's index when there is one, otherwise undefined. */
  resolvedManager(index: number): number | undefined {
    const m = this.manager[index]!;
    return m >= 0 ? m : undefined;
  }

  reportsOf(index: number): Int32Array {
    return this.childList.subarray(this.childStart[index]!, this.childStart[index + 1]!);
  }

  spanOf(index: number): number {
    return this.childStart[index + 1]! - this.childStart[index]!;
  }

  /**
   * Whether `ancestor` is above `index` in the reporting tree (a position is not its own ancestor).
   * Useful before suggesting a new manager: a position moved under its own report makes a loop.
   * Positions on a cycle have no ancestors outside the cycle's own walk; rules skip them anyway.
   */
  isAncestorOf(ancestor: number, index: number): boolean {
    return (
      ancestor !== index &&
      this.pre[ancestor]! <= this.pre[index]! &&
      this.post[index]! <= this.post[ancestor]!
    );
  }

  inCycle(index: number): boolean {
    return this.cycle[index] === 1;
  }

  /** Layer of the position (its top is 1), or 0 when a cycle or an unknown manager is above it. */
  layerOf(index: number): number {
    return this.depth[index]!;
  }

  rolesOf(index: number): readonly RoleId[] {
    return this.positions[index]!.roles ?? this.recognitions[index]!.roles;
  }

  hasRole(index: number, role: RoleId): boolean {
    return this.rolesOf(index).includes(role);
  }

  /** Highest rank among the position's roles; 0 for a position with no recognised role. */
  rankOf(index: number): number {
    let rank = 0;
    for (const role of this.rolesOf(index)) rank = Math.max(rank, getRole(role).rank);
    return rank;
  }

  isInterim(index: number): boolean {
    return this.positions[index]!.interim ?? this.recognitions[index]!.interim;
  }

  isVacant(index: number): boolean {
    return this.positions[index]!.vacant === true;
  }

  /** Positions holding a role, in chart order. */
  holdersOf(role: RoleId): readonly number[] {
    return this.holders.get(role) ?? [];
  }

  /** The single holder of a role, or undefined when there is none or several (duplicate-executive reports those). */
  soleHolder(role: RoleId): number | undefined {
    const list = this.holders.get(role);
    return list?.length === 1 ? list[0] : undefined;
  }

  /** A short human label for messages: the title, or the id when the title is blank. */
  label(index: number): string {
    const position = this.positions[index]!;
    const title = position.title.trim();
    return title === ''
      ? `"${position.id}"`
      : `“${title.length > 80 ? `${title.slice(0, 77)}…` : title}”`;
  }
}

/** Marks positions on a reporting cycle; each position has one manager, so walks never branch. */
function findCycles(manager: Int32Array): Uint8Array {
  const n = manager.length;
  const cycle = new Uint8Array(n);
  // 0 unvisited; otherwise the walk that first visited the position (walk numbers start at 1).
  const walkOf = new Int32Array(n);
  for (let start = 0; start < n; start++) {
    if (walkOf[start] !== 0) continue;
    const walk = start + 1;
    let i = start;
    while (i >= 0 && walkOf[i] === 0) {
      walkOf[i] = walk;
      i = manager[i]!;
    }
    if (i >= 0 && walkOf[i] === walk) {
      // Came back to a position of this walk: everything from there round is the cycle.
      let j = i;
      do {
        cycle[j] = 1;
        j = manager[j]!;
      } while (j !== i);
    }
  }
  return cycle;
}

/**
 * Numbers the positions in a depth-first walk over the children lists, iteratively. Every tree is
 * walked from its root: a position with no or an unknown manager, or a position on a cycle (whose
 * walk then skips the other members of the cycle).
 */
function numberTree(
  manager: Int32Array,
  cycle: Uint8Array,
  childStart: Int32Array,
  childList: Int32Array,
): [Int32Array, Int32Array] {
  const n = manager.length;
  const pre = new Int32Array(n);
  const post = new Int32Array(n);
  const next = childStart.slice(0, n); // next child to visit, per position
  const stack = new Int32Array(n);
  let preCount = 0;
  let postCount = 0;
  for (let root = 0; root < n; root++) {
    if (manager[root]! >= 0 && cycle[root] === 0) continue;
    let top = 0;
    stack[top++] = root;
    pre[root] = preCount++;
    while (top > 0) {
      const i = stack[top - 1]!;
      if (next[i]! < childStart[i + 1]!) {
        const child = childList[next[i]!++]!;
        if (cycle[child] === 1) continue;
        pre[child] = preCount++;
        stack[top++] = child;
      } else {
        post[i] = postCount++;
        top--;
      }
    }
  }
  return [pre, post];
}

function computeDepths(manager: Int32Array, cycle: Uint8Array): Int32Array {
  const n = manager.length;
  const depth = new Int32Array(n);
  const known = new Uint8Array(n);
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    let i = start;
    while (known[i] === 0 && cycle[i] === 0 && manager[i]! >= 0) {
      stack.push(i);
      i = manager[i]!;
    }
    let base: number;
    if (known[i] === 1) base = depth[i]!;
    else if (cycle[i] === 1 || manager[i] === UNKNOWN_MANAGER) {
      base = 0;
      known[i] = 1;
    } else {
      base = 1;
      depth[i] = 1;
      known[i] = 1;
    }
    while (stack.length > 0) {
      const j = stack.pop()!;
      base = base === 0 ? 0 : base + 1;
      depth[j] = base;
      known[j] = 1;
    }
  }
  return depth;
}
