import { type RoleId, roleCatalogue, roleIds } from '@orgwise/domain';
import { NO_ROLES } from './csv-fields.js';

/** Every way a roles cell may name a role: its id, its name or its short name, in any case. */
const roleByName: ReadonlyMap<string, RoleId> = new Map(
  roleCatalogue.flatMap((role) =>
    [role.id, role.name, role.shortName].map((name) => [name.toLowerCase(), role.id] as const),
  ),
);

export type RolesCell = { ok: true; roles: RoleId[] | undefined } | { ok: false; message: string };

/**
 * A roles cell: role ids or names separated by commas, semicolons, slashes, plus signs or pipes
 * ("cio, cto", "CIO/CTO", "General Counsel"). A blank cell leaves the roles to be recognised from
 * the title; "none" says the position explicitly holds no role.
 */
export function parseRolesCell(cell: string): RolesCell {
  const text = cell.trim();
  if (text === '') return { ok: true, roles: undefined };
  if (text.toLowerCase() === NO_ROLES) return { ok: true, roles: [] };
  const roles: RoleId[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[,;/+|]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const role =
      roleByName.get(name.toLowerCase()) ?? roleByName.get(name.toLowerCase().replace(/ /g, '-'));
    if (role === undefined) unknown.push(name.length > 40 ? `${name.slice(0, 40)}…` : name);
    else if (!roles.includes(role)) roles.push(role);
  }
  if (unknown.length > 0) {
    const list = unknown.map((name) => `"${name}"`).join(', ');
    return {
      ok: false,
      message: `${list} ${unknown.length === 1 ? 'is not a role' : 'are not roles'}; use role ids (${roleIds.join(', ')}), or leave the cell empty to recognise the roles from the title`,
    };
  }
  return { ok: true, roles };
}
