import type { Chart, PatchOp } from '@orgwise/domain';
import { indexChart, labelOf } from './chart-index.js';

export type MoveCheck = { ok: true; patch: PatchOp[] } | { ok: false; reason: string };

/**
 * Checks moving a position (and with it its whole team) under a new manager, or to the top when
 * `managerId` is null. The domain lets a patch build a reporting loop (that is a finding, not an
 * error), but a user dragging boxes never means to, so the editor refuses with a reason a person
 * can act on.
 */
export function checkMove(chart: Chart, positionId: string, managerId: string | null): MoveCheck {
  const index = indexChart(chart);
  const position = index.byId.get(positionId);
  if (position === undefined) {
    return { ok: false, reason: `There is no position with id “${positionId}” any more.` };
  }
  const name = labelOf(position, positionId);
  if (managerId === null) {
    if (position.reportsTo === undefined || position.reportsTo === null) {
      return { ok: false, reason: `${name} is already at the top of the chart.` };
    }
    return { ok: true, patch: [{ op: 'setReportsTo', positionId, reportsTo: null }] };
  }
  const manager = index.byId.get(managerId);
  if (manager === undefined) {
    return { ok: false, reason: `There is no position with id “${managerId}” to report to.` };
  }
  const managerName = labelOf(manager, managerId);
  if (managerId === positionId) {
    return { ok: false, reason: `${name} cannot report to itself.` };
  }
  if (position.reportsTo === managerId) {
    return { ok: false, reason: `${name} already reports to ${managerName}.` };
  }
  // Walk up from the new manager; meeting the moved position means the manager is in its team.
  // The visited set stops the walk on a loop the chart already has.
  const seen = new Set<string>();
  for (let at: string | null | undefined = managerId; at != null && !seen.has(at); ) {
    if (at === positionId) {
      return {
        ok: false,
        reason: `Cannot move ${name} under ${managerName}: ${managerName} is in the team under ${name}, so the reporting line would go round in a loop. Move ${managerName} out of the team first.`,
      };
    }
    seen.add(at);
    at = index.byId.get(at)?.reportsTo;
  }
  return { ok: true, patch: [{ op: 'setReportsTo', positionId, reportsTo: managerId }] };
}
