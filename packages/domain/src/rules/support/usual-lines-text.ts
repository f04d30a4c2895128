import { type RoleDefinition, roleCatalogue } from '../../roles/catalogue.js';
import type { RoleId } from '../../roles/role-ids.js';

/** A role id as an ICU select key, which may not contain '-' ('it-director' → 'it_director'). */
export function roleSelectKey(role: RoleId): string {
  return role.replaceAll('-', '_');
}

/** Writes one role's usual line in a language: the first in full, a second one after it. */
export type UsualLineWriter = (role: RoleDefinition, first: boolean) => string;

/**
 * The ICU text of where the roles `{role}` and `{second}` (roleSelectKey; 'none' for no second) usually
 * report, one select branch per role of the catalogue. Each language writes the lines with its
 * own grammar from the same catalogue, so the usual managers are never restated by hand.
 */
export function usualLinesText(write: UsualLineWriter): string {
  const withManagers = roleCatalogue.filter((role) => role.usualManagers.length > 0);
  const branch = (role: RoleDefinition, first: boolean) =>
    `${roleSelectKey(role.id)} {${write(role, first)}}`;
  const first = withManagers.map((role) => branch(role, true)).join(' ');
  const second = withManagers.map((role) => branch(role, false)).join(' ');
  return `{role, select, ${first} other {}}{second, select, ${second} other {}}`;
}
