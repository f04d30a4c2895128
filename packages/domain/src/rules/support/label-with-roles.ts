import type { ChartAnalysis } from '../../chart/analysis.js';
import { getRole } from '../../roles/catalogue.js';

/**
 * A position's label with the roles it was read as, for messages about reporting lines:
 * “Teknisk direktør” (CTO), “Head of Technology” (CIO/CTO). The roles are left out when the title
 * says nothing more (“CTO”) and for a position with no role, so that messages do not stutter.
 */
export function labelWithRoles(analysis: ChartAnalysis, index: number): string {
  const roles = analysis.rolesOf(index);
  const label = analysis.label(index);
  if (roles.length === 0) return label;
  const names = roles.map((role) => getRole(role).shortName).join('/');
  const title = analysis.position(index).title.trim();
  return title.toLowerCase() === names.toLowerCase() ? label : `${label} (${names})`;
}
