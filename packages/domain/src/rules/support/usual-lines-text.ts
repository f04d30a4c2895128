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

/** How a language names each role in a sentence: with its indefinite and its definite article. */
export type RoleNouns = Readonly<Record<RoleId, { a: string; the: string }>>;

/**
 * A writer for languages whose usual line is "<a role> <usually reports to> <the managers>", the
 * last two joined by `or`: "En økonomidirektør refererer normalt til den administrerende direktør",
 * and after it "; en it-chef til …".
 */
export function usualLineWriter(
  nouns: RoleNouns,
  words: { reportsTo: string; to: string; or: string },
): UsualLineWriter {
  return (role, first) => {
    const managers = role.usualManagers.map((usual) => nouns[usual].the);
    const list =
      managers.length === 1
        ? managers[0]!
        : `${managers.slice(0, -1).join(', ')} ${words.or} ${managers[managers.length - 1]}`;
    const name = nouns[role.id].a;
    return first
      ? `${name.charAt(0).toUpperCase()}${name.slice(1)} ${words.reportsTo} ${list}`
      : `; ${name} ${words.to} ${list}`;
  };
}
