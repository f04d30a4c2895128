import type { ChartAnalysis } from '../../chart/analysis.js';
import type { PatchOp } from '../../chart/patch-schema.js';
import { getRole } from '../../roles/catalogue.js';
import type { RoleId } from '../../roles/role-ids.js';
import { freshId } from './fresh-id.js';
import { isFirstWithId } from './is-first-with-id.js';

export interface NewRolePosition {
  /** The `addPosition` operation. */
  op: PatchOp;
  /** Where the position goes, for suggestion titles: "under “CEO”", "at the top of the chart". */
  where: string;
}

/**
 * A vacant position for a missing executive role, reporting to the CEO: the catalogue's full name
 * as its title ("Chief Technology Officer"), the role set explicitly so that no title recognition
 * is needed, and an id not used in the chart. With no CEO in the chart the position goes at the
 * top. Undefined when the new position has no safe place: several CEOs (which one?), or a CEO that
 * a patch cannot name or that hangs under a cycle or an unknown manager (the new position would
 * drop out of the role rules with it).
 */
export function newRolePosition(
  analysis: ChartAnalysis,
  role: RoleId,
): NewRolePosition | undefined {
  let reportsTo: string | null = null;
  let where = 'at the top of the chart';
  if (analysis.holdersOf('ceo').length > 0) {
    const ceo = analysis.soleHolder('ceo');
    if (ceo === undefined || analysis.layerOf(ceo) === 0 || !isFirstWithId(analysis, ceo)) {
      return undefined;
    }
    reportsTo = analysis.id(ceo);
    where = `under ${analysis.label(ceo)}`;
  }
  return {
    op: {
      op: 'addPosition',
      position: {
        id: freshId(analysis, role),
        title: getRole(role).name,
        roles: [role],
        reportsTo,
        vacant: true,
      },
    },
    where,
  };
}
