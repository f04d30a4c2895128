import { getRole } from '../roles/catalogue.js';
import type { TitleRecognition } from '../roles/recognize-title.js';
import { type RoleId, roleIds } from '../roles/role-ids.js';

// A title names a role; the chart decides whether its holder is the company's. "Finance Director
// North" heads a region's finance, "Økonomichef" under the "Økonomidirektør" heads a department of
// the CFO's, and a bare "Direktør" under the "Adm. direktør" runs a part of the company: none of
// them is a second CFO or CEO, and role rules (duplicate-executive, ceo-at-top, ...) must not treat
// them as one. Company-level role rules therefore see company-level holders only.

/** Why a position holds fewer of the roles it names (the editor says so in the inspector). */
export type ScopeReason =
  /** Its `scope` field says it leads a unit. */
  | 'unit-given'
  /** Its title names a unit: "Finance Director North", "CEO Nederland". */
  | 'unit-title'
  /** It sits in a unit, under a unit's head. */
  | 'inside-unit'
  /** A position above it holds the same role: it heads a department of that role's. */
  | 'under-same-role'
  /** A head of a function ("Head of Finance") under someone other than the CEO heads a department. */
  | 'head-below-executive'
  /** A head of a function beside the C-level holder of its role ("VP Product" beside the CPO). */
  | 'head-beside-chief';

/** The reasons by number, as ChartAnalysis keeps them (0: none). */
export const scopeReasonNames: readonly (ScopeReason | undefined)[] = [
  undefined,
  'unit-given',
  'unit-title',
  'inside-unit',
  'under-same-role',
  'head-below-executive',
  'head-beside-chief',
];
const UNIT_GIVEN = 1;
const UNIT_TITLE = 2;
const INSIDE_UNIT = 3;
const UNDER_SAME_ROLE = 4;
const HEAD_BELOW_EXECUTIVE = 5;
const HEAD_BESIDE_CHIEF = 6;

const bitOf = new Map<RoleId, number>(roleIds.map((role, n) => [role, 1 << n]));
const BOARD = bitOf.get('board')!;
const CEO = bitOf.get('ceo')!;
const executive = new Set(roleIds.filter((role) => getRole(role).executive));
/**
 * Roles whose head-level title below an executive other than the CEO is not the C-level role: a
 * bare "Direktør" or "Managing Director" under anyone but governance runs a part of the company,
 * and an "IT-chef" or "Head of IT strategy" under the finance head is the IT director. Other
 * heads of a function stay the company's executive when nobody else holds the role ("Head of
 * People" under the CTO is the HR lead, on a line atypical-manager judges), and yield to a
 * C-level holder elsewhere (yieldToChiefs).
 */
const headBelowExecutive = new Set<RoleId>(['ceo', 'cio']);

export interface ScopeInput {
  /** Positions in pre-order: every manager before its team. */
  order: Int32Array;
  manager: Int32Array;
  cycle: Uint8Array;
  namedListOf: Int32Array;
  roleLists: (readonly RoleId[])[];
  titleOf: Int32Array;
  recognitions: readonly TitleRecognition[];
  /** Positions that name their roles, in chart order. */
  explicitRoles: readonly number[];
  /** The `scope` field: 0 absent, 1 company, 2 unit. */
  givenScope: Uint8Array;
  /** The company's name as folded words: "CFO, Acme A/S" names the company, not a unit. */
  companyWords: ReadonlySet<string>;
}

export interface ScopedRoles {
  /** Each position's company-level roles, as an index into `roleLists` (which it extends). */
  roleListOf: Int32Array;
  roleLists: (readonly RoleId[])[];
  reasons: Uint8Array;
  /** 1 where the position leads a unit or sits in one. */
  units: Uint8Array;
  /** The positions that hold a company-level role, in chart order: few, in most charts. */
  holding: Int32Array;
}

/**
 * One pass down the tree, managers before their teams, and one over the holders: linear, and
 * without recursion. A position at the top of the chart or right under governance leads the
 * company whatever its title says ("CEO Nederland" in the Dutch subsidiary's own chart).
 */
export function scopeRoles(input: ScopeInput): ScopedRoles {
  const { order, manager, cycle, namedListOf, titleOf, recognitions, givenScope } = input;
  // Per title and per role list, so that the pass below reads small arrays, not objects.
  const namesUnit = Uint8Array.from(recognitions, (recognition) =>
    recognition.scope === 'unit' &&
    !recognition.because.unit.every((word) => input.companyWords.has(word))
      ? 1
      : 0,
  );
  const listLength = Uint8Array.from(input.roleLists, (list) => list.length);
  const n = manager.length;
  const roleLists = input.roleLists.slice();
  const roleListOf = namedListOf.slice();
  const reasons = new Uint8Array(n);
  const units = new Uint8Array(n);
  /** The company-level roles each position and those above it hold, as bits. */
  const held = new Int32Array(n);
  /** Each position's own company-level roles, as bits. */
  const own = new Int32Array(n);
  const named = new Uint8Array(n);
  for (const i of input.explicitRoles) named[i] = 1;
  const filtered = new Map<string, number>();
  const EMPTY = roleLists.length;
  roleLists.push([]);
  const keep = (list: number, kept: readonly RoleId[]): number => {
    const named = roleLists[list]!;
    if (kept.length === named.length && kept.every((role, k) => role === named[k])) return list;
    if (kept.length === 0) return EMPTY;
    const key = kept.join(' ');
    let index = filtered.get(key);
    if (index === undefined) {
      index = roleLists.length;
      roleLists.push(kept);
      filtered.set(key, index);
    }
    return index;
  };

  const holding: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const m = manager[i]!;
    const parent = m >= 0 && cycle[i] === 0 ? m : -1;
    // Right under governance counts as the top; a "Chairman and CEO" is the CEO to those below.
    const top = m === -1 || (parent >= 0 && (own[parent]! & (BOARD | CEO)) === BOARD);
    const above = parent >= 0 ? held[parent]! : 0;
    let unit = 0;
    if (givenScope[i] === 2) unit = UNIT_GIVEN;
    else if (givenScope[i] !== 1 && !top) {
      if (parent >= 0 && units[parent] === 1) unit = INSIDE_UNIT;
      else if (namesUnit[titleOf[i]!]) unit = UNIT_TITLE;
    }
    const list = namedListOf[i]!;
    held[i] = above;
    if (unit !== 0) {
      units[i] = 1;
      if (listLength[list] !== 0) {
        reasons[i] = unit;
        roleListOf[i] = EMPTY;
      }
      continue;
    }
    if (listLength[list] === 0) continue;
    const roles = roleLists[list]!;
    const recognition = recognitions[titleOf[i]!]!;
    const underCeo = parent >= 0 && (own[parent]! & CEO) !== 0;
    const kept: RoleId[] = [];
    let bits = 0;
    for (const role of roles) {
      const bit = bitOf.get(role)!;
      // Governance over governance (owners over the board, the council over the college) is
      // still governance.
      if ((above & bit) !== 0 && role !== 'board') {
        reasons[i] = UNDER_SAME_ROLE;
        continue;
      }
      const head =
        named[i] === 0 && headBelowExecutive.has(role) && recognition.headOf.includes(role);
      if (head && !top && (role === 'ceo' || !underCeo)) {
        reasons[i] ||= HEAD_BELOW_EXECUTIVE;
        // "IT-chef" under the finance head runs IT: the IT director, not the CIO.
        if (role === 'cio' && !kept.includes('it-director')) {
          kept.push('it-director');
          bits |= bitOf.get('it-director')!;
        }
        continue;
      }
      kept.push(role);
      bits |= bit;
    }
    own[i] = bits;
    held[i] = above | bits;
    roleListOf[i] = keep(list, kept);
    if (kept.length > 0) holding.push(i);
  }

  const inChartOrder = Int32Array.from(holding).sort();
  yieldToChiefs(input, inChartOrder, roleLists, roleListOf, reasons, named, keep);
  return { roleListOf, roleLists, reasons, units, holding: inChartOrder };
}

/**
 * A head of a function yields to the C-level holder of its role elsewhere in the chart: "VP
 * Product" beside the CPO, "Finance Director" beside the CFO, head a department each.
 */
function yieldToChiefs(
  input: ScopeInput,
  holding: Int32Array,
  roleLists: (readonly RoleId[])[],
  roleListOf: Int32Array,
  reasons: Uint8Array,
  named: Uint8Array,
  keep: (list: number, kept: readonly RoleId[]) => number,
): void {
  const { titleOf, recognitions } = input;
  const heads = new Map<RoleId, number[]>();
  const chiefs = new Set<RoleId>();
  for (const i of holding) {
    const roles = roleLists[roleListOf[i]!]!;
    const headOf = named[i] === 1 ? [] : recognitions[titleOf[i]!]!.headOf;
    for (const role of roles) {
      if (!executive.has(role)) continue;
      if (headOf.includes(role)) {
        const list = heads.get(role);
        if (list === undefined) heads.set(role, [i]);
        else list.push(i);
      } else chiefs.add(role);
    }
  }
  for (const [role, positions] of heads) {
    if (!chiefs.has(role)) continue;
    for (const i of positions) {
      const list = roleListOf[i]!;
      roleListOf[i] = keep(
        list,
        roleLists[list]!.filter((r) => r !== role),
      );
      reasons[i] ||= HEAD_BESIDE_CHIEF;
    }
  }
}
