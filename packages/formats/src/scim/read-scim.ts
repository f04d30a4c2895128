import {
  type DirectoryRead,
  type DirectoryShape,
  isObject,
  type JsonObject,
  type Page,
  placeOf,
  readDirectory,
  text,
} from '../directory/directory-document.js';
import type { ImportIssue } from '../directory/import-issue.js';

/** The enterprise User extension's schema URN (RFC 7643 §4.3), the member holding `manager`. */
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** Whether a text looks like a SCIM answer: the ListResponse or enterprise User URN in it. */
export function looksLikeScim(source: string): boolean {
  return source.includes(LIST_RESPONSE) || source.includes(ENTERPRISE_USER);
}

/** The work e-mail address first, as RFC 7643 §4.1.2 marks it (`primary`), then the others. */
function emailsOf(user: JsonObject): string[] {
  const emails = Array.isArray(user.emails) ? user.emails.filter(isObject) : [];
  const values = [...emails]
    .sort((a, b) => Number(b.primary === true) - Number(a.primary === true))
    .map((email) => text(email, 'value'))
    .filter((value) => value !== undefined);
  const userName = text(user, 'userName');
  // Identity providers commonly use the sign-in address as userName.
  if (userName?.includes('@')) values.push(userName);
  return values;
}

/** emailsOf(user)[0], read without making the list: the one every position keeps. */
function firstEmailOf(user: JsonObject): string | undefined {
  let first: string | undefined;
  if (Array.isArray(user.emails)) {
    for (const email of user.emails) {
      const value = isObject(email) ? text(email, 'value') : undefined;
      if (value === undefined) continue;
      if (email.primary === true) return value;
      first ??= value;
    }
  }
  if (first !== undefined) return first;
  const userName = text(user, 'userName');
  return userName?.includes('@') ? userName : undefined;
}

/** The work address's city (`locality`), else its formatted form. */
function locationOf(user: JsonObject): string | undefined {
  if (!Array.isArray(user.addresses)) return undefined;
  let address: JsonObject | undefined;
  for (const item of user.addresses) {
    if (!isObject(item)) continue;
    address ??= item;
    if (item.primary === true) {
      address = item;
      break;
    }
  }
  return text(address, 'locality') ?? text(address, 'formatted');
}

const managerPlace = () => `["${ENTERPRISE_USER}"].manager.value`;

const personOf: DirectoryShape['personOf'] = (user, page, index, issues) => {
  const enterprise = isObject(user[ENTERPRISE_USER]) ? user[ENTERPRISE_USER] : undefined;
  const title = text(user, 'title');
  if (title === undefined) {
    issues.push({
      where: `${placeOf(page, index)}.title`,
      why: 'no job title; the position has an empty title',
    });
  }
  const managerValue = isObject(enterprise?.manager)
    ? text(enterprise.manager, 'value')
    : undefined;
  return {
    user,
    page,
    index,
    id: text(user, 'id') ?? '',
    title: title ?? '',
    holder: text(user, 'displayName') ?? nameOf(user.name),
    inactiveBecause: user.active === false ? '"active" is false' : undefined,
    manager: managerValue,
    managerBy: 'id',
    directReports: undefined,
    department: text(enterprise, 'department'),
    location: locationOf(user),
    employeeNumber: text(enterprise, 'employeeNumber'),
    email: firstEmailOf(user),
  };
};

/** The `name` complex attribute: formatted, else given and family name. */
function nameOf(name: unknown): string | undefined {
  if (!isObject(name)) return undefined;
  return (
    text(name, 'formatted') ??
    ([text(name, 'givenName'), text(name, 'familyName')].filter(Boolean).join(' ') || undefined)
  );
}

/**
 * The people of a SCIM 2.0 ListResponse of Users (RFC 7644 §3.4.2, RFC 7643 §4.1 and §4.3), or
 * of its pages in an array: id, title, displayName (else the name), active, the e-mail addresses
 * and the enterprise extension's manager (the manager's id), department and employee number.
 * Pages that hold fewer users than `totalResults` counted are reported, so that a first page
 * alone is not taken for the whole directory.
 */
export function readScim(document: unknown): DirectoryRead {
  return readDirectory(document, {
    listKey: 'Resources',
    expected:
      'a SCIM ListResponse: it needs a "Resources" array of Users (RFC 7644 §3.4.2), or an array of such pages',
    personOf,
    emailsOf,
    managerPlace,
    missingPages: unfetchedPages,
  });
}

/** Pages that hold fewer users than the first one's `totalResults` counted. */
function unfetchedPages(pages: readonly Page[]): ImportIssue | undefined {
  const total = pages[0]?.object.totalResults;
  const held = pages.reduce((count, page) => count + page.list.length, 0);
  if (typeof total !== 'number' || total <= held) return undefined;
  return {
    where: `${pages[0]?.prefix ?? ''}totalResults`,
    why: `the server counted ${total} users and the document holds ${held}; send every page (startIndex 1, ${held + 1}, …) together as an array`,
  };
}
