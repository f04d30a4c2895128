import type { ChartAnalysis } from '../../chart/analysis.js';
import { getRole, type RoleDefinition } from '../../roles/catalogue.js';

/**
 * The executive roles a position holds (the CEO and the C-level, ranks 4 and 3), in the order of
 * its roles; empty for every other position. A board member or a VP is not an executive.
 */
export function executiveRolesOf(analysis: ChartAnalysis, index: number): RoleDefinition[] {
  const executive: RoleDefinition[] = [];
  for (const id of analysis.rolesOf(index)) {
    const role = getRole(id);
    if (role.executive) executive.push(role);
  }
  return executive;
}

/** How messages name the roles: "CIO", or "CIO/CTO" for a dual-hatted position. */
export function roleNames(roles: readonly RoleDefinition[]): string {
  return roles.map((role) => role.shortName).join('/');
}

/**
 * How messages name an executive position, as data for `executiveNameText`: its executive roles
 * ("CIO/CTO"), a member of an executive body without one, or undefined for any other position.
 */
export function executiveName(
  analysis: ChartAnalysis,
  index: number,
): { kind: 'role' | 'member'; role: string } | undefined {
  const roles = executiveRolesOf(analysis, index);
  if (roles.length > 0) return { kind: 'role', role: roleNames(roles) };
  return analysis.isExecutiveMember(index) ? { kind: 'member', role: '' } : undefined;
}

/** The ICU text naming an executive position (English). */
export const executiveNameText = '{kind, select, member {executive board member} other {{role}}}';
