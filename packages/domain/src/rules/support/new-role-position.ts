import type { ChartAnalysis } from '../../chart/analysis.js';
import type { PatchOp } from '../../chart/patch-schema.js';
import { getRole } from '../../roles/catalogue.js';
import type { RoleId } from '../../roles/role-ids.js';
import { freshId } from './fresh-id.js';
import { isFirstWithId } from './is-first-with-id.js';

export interface NewRolePosition {
  /** The `addPosition` operation, then the moves of the team it takes over. */
  ops: PatchOp[];
  /**
   * Where the position goes and the team it takes, as data for `newRolePlace` in a suggestion's
   * title: "under “CEO”, with “Head of IT” in its team", "at the top of the chart".
   */
  where: { place: 'top' | 'under'; head: string; team: string[]; teamSize: number };
}

/** The ICU text of a new position's place, for the titles of rules that add one (English). */
export const newRolePlace =
  '{place, select, top {at the top of the chart} other {under {head}}}{teamSize, plural, =0 {} other {, with {team} in its team}}';

/**
 * Who joins a new executive's team: a new CIO takes the IT directors, a new CTO the VP
 * Engineering, so that the chart it leaves is whole (no IT director outside the new CIO's
 * organisation, it-under-cio).
 */
const team: Partial<Record<RoleId, readonly RoleId[]>> = {
  cio: ['it-director', 'it-manager'],
  cto: ['vp-engineering'],
};

/**
 * A vacant position for a missing executive role, reporting to the CEO: the catalogue's full name
 * as its title ("Chief Technology Officer"), the role set explicitly so that no title recognition
 * is needed, and an id not used in the chart; the IT directors (for a CIO) or VP Engineering (for
 * a CTO) move into its team. With no CEO the position goes under the chart's single top, or at the
 * top of an empty chart. Undefined when the new position has no safe place: several CEOs or tops
 * (which one?), or a CEO that a patch cannot name or that hangs under a cycle or an unknown manager
 * (the new position would drop out of the role rules with it).
 */
export function newRolePosition(
  analysis: ChartAnalysis,
  role: RoleId,
): NewRolePosition | undefined {
  let reportsTo: string | null = null;
  let place: 'top' | 'under' = 'top';
  let headLabel = '';
  const ceo = analysis.holdersOf('ceo').length > 0 ? analysis.soleHolder('ceo') : undefined;
  const head = ceo ?? (analysis.holdersOf('ceo').length > 0 ? undefined : soleTop(analysis));
  if (head !== undefined) {
    if (analysis.layerOf(head) === 0 || !isFirstWithId(analysis, head)) return undefined;
    reportsTo = analysis.id(head);
    place = 'under';
    headLabel = analysis.label(head);
  } else if (analysis.size > 0) return undefined;
  const id = freshId(analysis, role);
  const ops: PatchOp[] = [
    {
      op: 'addPosition',
      position: { id, title: getRole(role).name, roles: [role], reportsTo, vacant: true },
    },
  ];
  // The leads of that team: holders whose manager holds none of its roles.
  const members = team[role] ?? [];
  const leadsTeam = (i: number) => members.some((member) => analysis.hasRole(i, member));
  const joining = [...new Set(members.flatMap((member) => analysis.holdersOf(member)))]
    .sort((a, b) => a - b)
    .filter((i) => {
      const manager = analysis.resolvedManager(i);
      return (
        analysis.layerOf(i) > 0 &&
        isFirstWithId(analysis, i) &&
        (manager === undefined || !leadsTeam(manager))
      );
    });
  for (const i of joining) {
    ops.push({ op: 'setReportsTo', positionId: analysis.id(i), reportsTo: id });
  }
  const leads = joining.map((i) => analysis.label(i));
  return { ops, where: { place, head: headLabel, team: leads, teamSize: leads.length } };
}

/**
 * The chart's one top, when it has exactly one and it holds no role and leads the company (a box
 * for the company itself, or an executive body such as a "Direktion"): where a new executive goes.
 * Not under a board, another executive or a unit's head, where the new position would be misplaced.
 */
function soleTop(analysis: ChartAnalysis): number | undefined {
  const [top, ...others] = analysis.tops;
  if (top === undefined || others.length > 0) return undefined;
  if (analysis.rolesOf(top).length > 0 || analysis.scopeOf(top) === 'unit') return undefined;
  return top;
}
