import {
  type DirectoryRead,
  type DirectoryShape,
  isObject,
  type JsonObject,
  nextPageIssue,
  placeOf,
  readDirectory,
  text,
} from '../directory/directory-document.js';

/** Whether a text looks like a Google Workspace Directory answer about users. */
export function looksLikeGoogleDirectory(source: string): boolean {
  return source.includes('admin#directory#user') || source.includes('"primaryEmail"');
}

/** The primary item of a Directory list field (`organizations`, `externalIds`), else the first. */
function primaryOf(
  list: unknown,
  accept: (item: JsonObject) => boolean = () => true,
): JsonObject | undefined {
  if (!Array.isArray(list)) return undefined;
  let first: JsonObject | undefined;
  for (const item of list) {
    if (!isObject(item) || !accept(item)) continue;
    if (item.primary === true) return item;
    first ??= item;
  }
  return first;
}

/** Every address a user is named by: the primary one, their other addresses and aliases. */
function emailsOf(user: JsonObject): string[] {
  const primary = text(user, 'primaryEmail');
  const emails = primary === undefined ? [] : [primary];
  if (Array.isArray(user.emails)) {
    for (const email of user.emails) {
      const address = isObject(email) ? text(email, 'address') : undefined;
      if (address !== undefined) emails.push(address);
    }
  }
  if (Array.isArray(user.aliases)) {
    for (const alias of user.aliases) if (typeof alias === 'string') emails.push(alias);
  }
  return emails;
}

/** emailsOf(user)[0], read without making the list: the one every position keeps. */
function firstEmailOf(user: JsonObject): string | undefined {
  const primary = text(user, 'primaryEmail');
  if (primary !== undefined || !Array.isArray(user.emails)) return primary;
  for (const email of user.emails) {
    const address = isObject(email) ? text(email, 'address') : undefined;
    if (address !== undefined) return address;
  }
  if (!Array.isArray(user.aliases)) return undefined;
  const alias = user.aliases.find((item) => typeof item === 'string' && item.trim() !== '');
  return typeof alias === 'string' ? alias.trim() : undefined;
}

/** The index of the first relation of type manager, -1 without one. */
const managerIndexOf = (relations: unknown): number =>
  Array.isArray(relations)
    ? relations.findIndex((relation) => isObject(relation) && relation.type === 'manager')
    : -1;

const personOf: DirectoryShape['personOf'] = (user, page, index, issues) => {
  const organization = primaryOf(user.organizations);
  const title = text(organization, 'title');
  if (title === undefined) {
    issues.push({
      where: `${placeOf(page, index)}.organizations`,
      why: 'no job title (organizations[].title); the position has an empty title',
    });
  }
  const managerIndex = managerIndexOf(user.relations);
  const manager =
    managerIndex === -1 ? undefined : text((user.relations as JsonObject[])[managerIndex], 'value');
  const name = isObject(user.name) ? user.name : undefined;
  return {
    user,
    page,
    index,
    id: text(user, 'id') ?? '',
    title: title ?? '',
    holder:
      text(name, 'fullName') ??
      ([text(name, 'givenName'), text(name, 'familyName')].filter(Boolean).join(' ') || undefined),
    inactiveBecause:
      user.suspended === true
        ? '"suspended" is true'
        : user.archived === true
          ? '"archived" is true'
          : undefined,
    manager: manager,
    managerBy: 'email',
    directReports: undefined,
    department: text(organization, 'department'),
    location: text(organization, 'location') ?? locationOf(user.locations),
    employeeNumber: text(primaryOf(user.externalIds, isOrganizationId), 'value'),
    email: firstEmailOf(user),
  };
};

const isOrganizationId = (item: JsonObject) => item.type === 'organization';

function locationOf(locations: unknown): string | undefined {
  const location = primaryOf(locations);
  return text(location, 'buildingId') ?? text(location, 'area');
}

/**
 * The people of the Admin SDK Directory API's `users.list` answer (`users`), or of its pages in
 * an array: id, primaryEmail (and other addresses), name, suspended and archived accounts, the
 * primary organization's title, department and location, the organization's employee id
 * (`externalIds` of type `organization`), and the manager from `relations` of type `manager`,
 * which names them by e-mail address. A last page with a `nextPageToken` is reported.
 */
export function readGoogleDirectory(document: unknown): DirectoryRead {
  return readDirectory(document, {
    listKey: 'users',
    expected:
      'a Google Directory users answer: it needs a "users" array, or an array of such pages',
    personOf,
    emailsOf,
    managerPlace: (user) => `.relations[${managerIndexOf(user.relations)}].value`,
    missingPages: (pages) =>
      nextPageIssue(pages, 'nextPageToken', 'fetch the next pages (pageToken)'),
  });
}
