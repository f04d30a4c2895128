import {
  type DirectoryRead,
  isObject,
  type JsonObject,
  nextPageIssue,
  readDirectory,
  text,
} from '../directory/directory-document.js';
import type { DirectoryPerson } from '../directory/directory-person.js';
import type { ImportIssue } from '../directory/import-issue.js';

/** Whether a text looks like a Google Workspace Directory answer about users. */
export function looksLikeGoogleDirectory(source: string): boolean {
  return source.includes('admin#directory#user') || source.includes('"primaryEmail"');
}

/** The primary item of a Directory list field (`organizations`, `externalIds`), else the first. */
function primaryOf(
  list: unknown,
  accept: (item: JsonObject) => boolean = () => true,
): JsonObject | undefined {
  const items = Array.isArray(list) ? list.filter(isObject).filter(accept) : [];
  return items.find((item) => item.primary === true) ?? items[0];
}

function personOf(user: JsonObject, where: string, issues: ImportIssue[]): DirectoryPerson {
  const organization = primaryOf(user.organizations);
  const title = text(organization, 'title');
  if (title === undefined) {
    issues.push({
      where: `${where}.organizations`,
      why: 'no job title (organizations[].title); the position has an empty title',
    });
  }
  const relations = Array.isArray(user.relations) ? user.relations : [];
  const managerIndex = relations.findIndex(
    (relation) => isObject(relation) && relation.type === 'manager',
  );
  const manager = isObject(relations[managerIndex])
    ? text(relations[managerIndex], 'value')
    : undefined;
  const name = isObject(user.name) ? user.name : undefined;
  const emails = [
    text(user, 'primaryEmail'),
    ...(Array.isArray(user.emails)
      ? user.emails.filter(isObject).map((email) => text(email, 'address'))
      : []),
    ...(Array.isArray(user.aliases)
      ? user.aliases.filter((alias) => typeof alias === 'string')
      : []),
  ].filter((value) => value !== undefined);
  const employeeId = primaryOf(user.externalIds, (item) => item.type === 'organization');
  const location = primaryOf(user.locations);
  const inactiveBecause =
    user.suspended === true
      ? '"suspended" is true'
      : user.archived === true
        ? '"archived" is true'
        : undefined;
  return {
    where,
    id: text(user, 'id') ?? '',
    title: title ?? '',
    holder:
      text(name, 'fullName') ??
      ([text(name, 'givenName'), text(name, 'familyName')].filter(Boolean).join(' ') || undefined),
    emails,
    active: inactiveBecause === undefined,
    ...(inactiveBecause === undefined ? {} : { inactiveBecause }),
    manager:
      manager === undefined
        ? undefined
        : { by: 'email', value: manager, where: `${where}.relations[${managerIndex}].value` },
    directReports: [],
    extras: {
      department: text(organization, 'department'),
      location:
        text(organization, 'location') ?? text(location, 'buildingId') ?? text(location, 'area'),
      employeeNumber: text(employeeId, 'value'),
      email: emails[0],
    },
  };
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
    missingPages: (pages) =>
      nextPageIssue(pages, 'nextPageToken', 'fetch the next pages (pageToken)'),
  });
}
