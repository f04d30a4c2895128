import { getRole } from '../roles/catalogue.js';
import { normalizeTitle } from '../roles/normalize-title.js';
import { inSector, recognizeTitle, type TitleRecognition } from '../roles/recognize-title.js';
import type { RoleId } from '../roles/role-ids.js';
import { inferSector } from './infer-sector.js';
import type { Chart, Position, PositionScope } from './schema.js';
import { type ScopeReason, scopeReasonNames, scopeRoles } from './scope-roles.js';
import type { Sector } from './sectors.js';

/** `managerOf` for a position whose `reportsTo` names no position. */
export const UNKNOWN_MANAGER = -2;
/** `managerOf` for a position at the top of the chart. */
export const NO_MANAGER = -1;

// Bits of ChartAnalysis's per-position flags. Declared before the class, whose static field
// constructs an analysis while the module loads.
const VACANT = 1;
const INTERIM = 2;
/** Set while reading when the position has an `interim` field, which then wins over the title. */
const INTERIM_GIVEN = 4;
/** The roles rest on a reading of the title that is not sure (a mended typo, an ambiguous word). */
const UNSURE = 8;

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
  // Everything the rules ask about a position per position is copied into flat arrays once, so
  // that a rule's loop over a million positions reads arrays rather than a million objects.
  private readonly ids: string[];
  /**
   * Each position's roles as the rules see them (company-level: a unit's head and a department
   * head under the role's holder hold none), as an index into `roleLists`; the roles its title or
   * its `roles` field name, likewise; and the highest rank of each list.
   */
  private readonly roleListOf: Int32Array;
  private readonly namedListOf: Int32Array;
  private readonly roleLists: (readonly RoleId[])[];
  private readonly listRank: Uint8Array;
  /** Why a position holds fewer roles than it names, per position (ScopeReason). */
  private readonly reasons: Uint8Array;
  private readonly units: Uint8Array;
  private readonly recognitions: readonly TitleRecognition[];
  private readonly titleOf: Int32Array;
  /** The company's sector: `company.sector`, or what the chart's words give away. */
  readonly sector: Sector | undefined;
  /** Whether the sector was stated rather than inferred. */
  readonly sectorGiven: boolean;
  /** VACANT and INTERIM bits per position. */
  private readonly flags: Uint8Array;
  private readonly holders = new Map<RoleId, number[]>();
  /** Positions with no manager, in chart order. */
  readonly tops: readonly number[];
  readonly layers: number;

  /**
   * One analysis kept for the life of the program. V8 forgets an object layout when no object
   * uses it any more, and with it throws away the compiled code of every rule and every function
   * that reads an analysis. Between two validations of large charts a full garbage collection is
   * likely, so without this every validation would start on slow, unoptimised rule code (measured:
   * parse and validate of 100,000 positions 2.4 times JSON.parse without it, 1.8 with it).
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: it only has to be reachable, see above.
  static readonly #layout = new ChartAnalysis({ positions: [{ id: 'ceo', title: 'CEO' }] });

  constructor(readonly chart: Chart) {
    const positions = chart.positions;
    const n = positions.length;
    this.positions = positions;
    this.size = n;

    // Each pass is a small function of its own: V8 optimises a long-running function while it
    // runs (on-stack replacement), and one function per loop keeps those compilations small and
    // their feedback fresh, which measured twice as fast as one big constructor.
    const read = readPositions(positions, this.indexById);
    this.ids = read.ids;
    const titles = read.distinctTitles.map((title) => recognizeTitle(title));
    const given = chart.company?.sector;
    this.sectorGiven = given !== undefined;
    this.sector = given ?? inferSector(chart.company?.name, titles);
    const sector = this.sector;
    const recognitions =
      sector === 'investment-management' ? titles.map((title) => inSector(title, sector)) : titles;
    this.recognitions = recognitions;
    this.titleOf = read.titleOf;
    const roles = resolveRoles(positions, read, recognitions);
    this.namedListOf = roles.roleListOf;
    this.flags = roles.flags;
    if (this.indexById.size < n) this.findDuplicates();

    const managers = resolveManagers(read.reportsTo, this.indexById);
    this.manager = managers.manager;
    this.tops = managers.tops;
    [this.childStart, this.childList] = childrenOf(managers.manager, managers.childCount);

    this.cycle = findCycles(this.manager);
    const walk = walkTrees(this.manager, this.cycle, this.childStart, this.childList);
    this.pre = walk.pre;
    this.post = walk.post;
    this.depth = walk.depth;
    this.layers = walk.layers;

    const scoped = scopeRoles({
      order: walk.order,
      manager: this.manager,
      cycle: this.cycle,
      namedListOf: roles.roleListOf,
      roleLists: roles.roleLists,
      titleOf: read.titleOf,
      recognitions,
      explicitRoles: read.withRoles,
      givenScope: read.scopes,
      companyWords: new Set(normalizeTitle(chart.company?.name ?? '')),
    });
    this.roleListOf = scoped.roleListOf;
    this.roleLists = scoped.roleLists;
    this.reasons = scoped.reasons;
    this.units = scoped.units;
    this.listRank = new Uint8Array(this.roleLists.length);
    this.roleLists.forEach((list, index) => {
      for (const role of list)
        this.listRank[index] = Math.max(this.listRank[index]!, getRole(role).rank);
    });
    for (const i of scoped.holding) {
      const list = this.roleLists[this.roleListOf[i]!]!;
      if (list.length > 0) addHolder(this.holders, list, i);
    }
  }

  /** Groups the positions of every id used more than once, in the order the clashes appear. */
  private findDuplicates(): void {
    for (let i = 0; i < this.size; i++) {
      const id = this.ids[i]!;
      const first = this.indexById.get(id)!;
      if (first === i) continue;
      const group = this.duplicateIds.get(id);
      if (group === undefined) this.duplicateIds.set(id, [first, i]);
      else group.push(i);
    }
  }

  id(index: number): string {
    return this.ids[index]!;
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
    return this.roleLists[this.roleListOf[index]!]!;
  }

  hasRole(index: number, role: RoleId): boolean {
    return this.rolesOf(index).includes(role);
  }

  /** Highest rank among the position's roles; 0 for a position with no recognised role. */
  rankOf(index: number): number {
    return this.listRank[this.roleListOf[index]!]!;
  }

  /** The roles the position's title (or `roles` field) names, before its place in the chart counts. */
  namedRolesOf(index: number): readonly RoleId[] {
    return this.roleLists[this.namedListOf[index]!]!;
  }

  /** Whether the position leads the company or a unit of it (its own `scope`, title or place). */
  scopeOf(index: number): PositionScope {
    return this.units[index] === 1 ? 'unit' : 'company';
  }

  /** Why the position holds fewer roles than it names, if it does. */
  scopeReasonOf(index: number): ScopeReason | undefined {
    const reason = this.reasons[index]!;
    return reason === 0 ? undefined : (scopeReasonNames[reason] as ScopeReason);
  }

  /** What the title says, for a position whose roles come from it (undefined when `roles` is set). */
  recognitionOf(index: number): TitleRecognition | undefined {
    if (this.positions[index]!.roles !== undefined) return undefined;
    return this.recognitions[this.titleOf[index]!];
  }

  /**
   * Whether the position's roles rest on a sure reading: set explicitly, or read from a title
   * without mended typos or ambiguous words. Rules offer fixes only for sure readings.
   */
  isSure(index: number): boolean {
    return (this.flags[index]! & UNSURE) === 0;
  }

  /**
   * A company-level member of an executive body with no role of ours ("Lid Raad van Bestuur",
   * "Koncerndirektør"): an executive all the same.
   */
  isExecutiveMember(index: number): boolean {
    return (
      this.rolesOf(index).length === 0 &&
      this.units[index] === 0 &&
      this.recognitionOf(index)?.executiveMember === true
    );
  }

  /** Held on an interim basis: the `interim` field, or else what the title says. */
  isInterim(index: number): boolean {
    return (this.flags[index]! & INTERIM) !== 0;
  }

  isVacant(index: number): boolean {
    return (this.flags[index]! & VACANT) !== 0;
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
    if (title === '') return `"${position.id}"`;
    if (title.length <= 80) return `“${title}”`;
    // Cut by code point, not UTF-16 unit, so that an emoji is never split into a lone surrogate.
    // 160 units hold at least 80 code points, and only the last of them can be a cut-off half.
    return `“${Array.from(title.slice(0, 160)).slice(0, 77).join('')}…”`;
  }
}

interface ReadPositions {
  ids: string[];
  reportsTo: (string | null | undefined)[];
  /** Each position's title as an index into `distinctTitles`. */
  titleOf: Int32Array;
  distinctTitles: string[];
  /** Positions that name their roles, in chart order. */
  withRoles: number[];
  /** VACANT, INTERIM and INTERIM_GIVEN from the fields. */
  flags: Uint8Array;
  /** The `scope` field: 0 absent, 1 company, 2 unit. */
  scopes: Uint8Array;
}

/**
 * The only pass that reads the position objects (backwards, each field once); everything after it
 * works on arrays. Fills `indexById` with the first index of every id (set from the back, the
 * first one wins with a single map operation per position) and numbers the distinct titles:
 * titles repeat a lot in real charts ("Engineer"), so each is recognised once, afterwards, and a
 * run of equal titles (a team) skips even the lookup. Recognition stays out of this loop, so that
 * its rare paths cannot deoptimise the loop's compiled code.
 */
function readPositions(
  positions: readonly Position[],
  indexById: Map<string, number>,
): ReadPositions {
  const n = positions.length;
  const ids = new Array<string>(n);
  const reportsTo = new Array<string | null | undefined>(n);
  const titleOf = new Int32Array(n);
  const flags = new Uint8Array(n);
  const scopes = new Uint8Array(n);
  const numbers = new Map<string, number>();
  const distinctTitles: string[] = [];
  const withRoles: number[] = [];
  let lastTitle: string | undefined;
  let lastNumber = 0;
  for (let i = n - 1; i >= 0; i--) {
    const position = positions[i]!;
    const id = position.id;
    ids[i] = id;
    indexById.set(id, i);
    reportsTo[i] = position.reportsTo;
    const title = position.title;
    if (title !== lastTitle) {
      let number = numbers.get(title);
      if (number === undefined) {
        number = distinctTitles.length;
        distinctTitles.push(title);
        numbers.set(title, number);
      }
      lastTitle = title;
      lastNumber = number;
    }
    titleOf[i] = lastNumber;
    if (position.roles !== undefined) withRoles.push(i);
    const scope = position.scope;
    if (scope !== undefined) scopes[i] = scope === 'unit' ? 2 : 1;
    const interim = position.interim;
    flags[i] =
      (position.vacant === true ? VACANT : 0) |
      (interim === undefined ? 0 : interim ? INTERIM | INTERIM_GIVEN : INTERIM_GIVEN);
  }
  withRoles.reverse();
  return { ids, reportsTo, titleOf, distinctTitles, withRoles, flags, scopes };
}

/**
 * Each position's named roles (the ones it names, else its title's) as an index into a list of
 * role lists, and its final interim and sureness flags.
 */
function resolveRoles(
  positions: readonly Position[],
  read: ReadPositions,
  recognitions: readonly TitleRecognition[],
): { roleListOf: Int32Array; roleLists: (readonly RoleId[])[]; flags: Uint8Array } {
  const { titleOf, withRoles, flags } = read;
  // The title's lists first, so that a title's number is its list's number.
  const roleLists: (readonly RoleId[])[] = recognitions.map((recognition) => recognition.roles);
  const roleListOf = new Int32Array(titleOf.length);
  let next = 0;
  for (let i = 0; i < titleOf.length; i++) {
    const title = titleOf[i]!;
    let list = title;
    if (withRoles[next] === i) {
      list = roleLists.length;
      roleLists.push(positions[i]!.roles!);
      next++;
    } else if (recognitions[title]!.confidence !== 'high') flags[i]! |= UNSURE;
    roleListOf[i] = list;
    if ((flags[i]! & INTERIM_GIVEN) === 0 && recognitions[title]!.interim) flags[i]! |= INTERIM;
  }
  return { roleListOf, roleLists, flags };
}

/** Few positions hold a role; kept out of the loop above so that its common path stays short. */
function addHolder(holders: Map<RoleId, number[]>, roles: readonly RoleId[], index: number): void {
  for (const role of roles) {
    const list = holders.get(role);
    if (list === undefined) holders.set(role, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  }
}

function resolveManagers(
  reportsTo: readonly (string | null | undefined)[],
  indexById: ReadonlyMap<string, number>,
): { manager: Int32Array; childCount: Int32Array; tops: number[] } {
  const n = reportsTo.length;
  const manager = new Int32Array(n);
  const childCount = new Int32Array(n);
  const tops: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = reportsTo[i];
    if (id === undefined || id === null) {
      manager[i] = NO_MANAGER;
      tops.push(i);
      continue;
    }
    const m = indexById.get(id);
    if (m === undefined) manager[i] = UNKNOWN_MANAGER;
    else {
      manager[i] = m;
      childCount[m]!++;
    }
  }
  return { manager, childCount, tops };
}

/** Children in compressed rows (CSR): two flat arrays instead of n small ones. */
function childrenOf(manager: Int32Array, childCount: Int32Array): [Int32Array, Int32Array] {
  const n = manager.length;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) childStart[i + 1] = childStart[i]! + childCount[i]!;
  const childList = new Int32Array(childStart[n]!);
  const fill = childStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    const m = manager[i]!;
    if (m >= 0) childList[fill[m]!++] = i;
  }
  return [childStart, childList];
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
 * Walks every tree depth-first over the children lists, iteratively, numbering the positions in
 * pre- and post-order (for constant-time ancestor checks) and giving each its layer. A tree is
 * walked from its root: a position with no manager (layer 1), or with an unknown manager or on a
 * cycle (layer 0, and so is everyone below it). The walk from a cycle member skips the other
 * members, which are roots of their own.
 */
function walkTrees(
  manager: Int32Array,
  cycle: Uint8Array,
  childStart: Int32Array,
  childList: Int32Array,
): { pre: Int32Array; post: Int32Array; depth: Int32Array; layers: number; order: Int32Array } {
  const n = manager.length;
  const pre = new Int32Array(n);
  const post = new Int32Array(n);
  const depth = new Int32Array(n);
  const next = childStart.slice(0, n); // next child to visit, per position
  const stack = new Int32Array(n);
  /** The positions in pre-order: every manager before its team. */
  const order = new Int32Array(n);
  let preCount = 0;
  let postCount = 0;
  let layers = 0;
  for (let root = 0; root < n; root++) {
    if (manager[root]! >= 0 && cycle[root] === 0) continue;
    let top = 0;
    stack[top++] = root;
    order[preCount] = root;
    pre[root] = preCount++;
    const rootDepth = manager[root] === NO_MANAGER ? 1 : 0;
    depth[root] = rootDepth;
    if (rootDepth > layers) layers = rootDepth;
    while (top > 0) {
      const i = stack[top - 1]!;
      if (next[i]! < childStart[i + 1]!) {
        const child = childList[next[i]!++]!;
        if (cycle[child] === 1) continue;
        order[preCount] = child;
        pre[child] = preCount++;
        const d = depth[i] === 0 ? 0 : depth[i]! + 1;
        depth[child] = d;
        if (d > layers) layers = d;
        stack[top++] = child;
      } else {
        post[i] = postCount++;
        top--;
      }
    }
  }
  return { pre, post, depth, layers, order };
}
