import type { ChartAnalysis } from '../../chart/analysis.js';
import type { RoleId } from '../../roles/role-ids.js';

const unknown = 0;
const inside = 1;
const outside = 2;

/**
 * Whether a holder of one of `roles` is among a position's managers (its manager, their manager,
 * ...): the IT manager under an IT director under the CIO is in the CIO's organisation. Answers are memoised
 * per position, so that asking for every position of a 1,000,000-position chain costs linear time
 * in all, without recursion; with one holder, `isAncestorOf` would do, but duplicated executives
 * (several CIOs) would make that a loop over holders per position.
 *
 * Positions on a cycle or under an unknown manager (layer 0) have no chain to the top and get
 * false; the role rules skip them anyway.
 */
export function managedByRole(
  analysis: ChartAnalysis,
  ...roles: RoleId[]
): (index: number) => boolean {
  // Per position: whether it or one of its managers holds one of the roles.
  const state = new Uint8Array(analysis.size);
  const path: number[] = [];
  return (index) => {
    if (analysis.layerOf(index) === 0) return false;
    // Layer > 0: the chain upwards ends at a top, so this walk ends.
    let answer = outside;
    for (let i = analysis.managerOf(index); i >= 0; i = analysis.managerOf(i)) {
      if (state[i] !== unknown) {
        answer = state[i]!;
        break;
      }
      if (roles.some((role) => analysis.hasRole(i, role))) {
        state[i] = inside;
        answer = inside;
        break;
      }
      path.push(i);
    }
    for (const i of path) state[i] = answer;
    path.length = 0;
    return answer === inside;
  };
}
