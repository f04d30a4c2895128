import {
  type DirectoryRead,
  type DirectoryShape,
  isObject,
  type JsonObject,
  nextPageIssue,
  type Page,
  placeOf,
  readDirectory,
  text,
} from '../directory/directory-document.js';
import type { DirectReport } from '../directory/directory-person.js';

/** Whether a text looks like a Microsoft Graph answer about users. */
export function looksLikeMsGraph(source: string): boolean {
  return source.includes('"@odata.context"') || source.includes('"userPrincipalName"');
}

/** The addresses a user is named by: `mail`, then `userPrincipalName`. */
function emailsOf(user: JsonObject): string[] {
  return [text(user, 'mail'), text(user, 'userPrincipalName')].filter(
    (value) => value !== undefined,
  );
}

function directReportsOf(user: JsonObject, page: Page, index: number): DirectReport[] | undefined {
  if (!Array.isArray(user.directReports) || user.directReports.length === 0) return undefined;
  const where = placeOf(page, index);
  return user.directReports.flatMap((report, at) => {
    const id = isObject(report) ? text(report, 'id') : undefined;
    return id === undefined ? [] : [{ id, where: `${where}.directReports[${at}].id` }];
  });
}

const personOf: DirectoryShape['personOf'] = (user, page, index, issues) => {
  const title = text(user, 'jobTitle');
  if (title === undefined) {
    issues.push({
      where: `${placeOf(page, index)}.jobTitle`,
      why: 'no job title; the position has an empty title',
    });
  }
  const manager = isObject(user.manager) ? text(user.manager, 'id') : undefined;
  return {
    user,
    page,
    index,
    id: text(user, 'id') ?? '',
    title: title ?? '',
    holder:
      text(user, 'displayName') ??
      ([text(user, 'givenName'), text(user, 'surname')].filter(Boolean).join(' ') || undefined),
    inactiveBecause: user.accountEnabled === false ? '"accountEnabled" is false' : undefined,
    manager: manager,
    managerBy: 'id',
    directReports: directReportsOf(user, page, index),
    department: text(user, 'department'),
    location: text(user, 'officeLocation') ?? text(user, 'city'),
    employeeNumber: text(user, 'employeeId'),
    email: text(user, 'mail') ?? text(user, 'userPrincipalName'),
  };
};

/**
 * The people of Microsoft Graph's `GET /users` answer (`value`), or of its pages in an array:
 * id, jobTitle, displayName, accountEnabled, mail and userPrincipalName, department,
 * officeLocation, employeeId, and the reporting lines from `manager` (with `$expand=manager`) or
 * from `directReports` (with `$expand=directReports`), or both. A last page that still has an
 * `@odata.nextLink` is reported: the directory has more users than the document.
 */
export function readMsGraph(document: unknown): DirectoryRead {
  return readDirectory(document, {
    listKey: 'value',
    expected:
      'a Microsoft Graph users answer: it needs a "value" array of users, or an array of such pages',
    personOf,
    emailsOf,
    managerPlace: () => '.manager.id',
    missingPages: (pages) => nextPageIssue(pages, '@odata.nextLink', 'follow @odata.nextLink'),
  });
}
