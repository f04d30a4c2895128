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

/** Whether a text looks like a Microsoft Graph answer about users. */
export function looksLikeMsGraph(source: string): boolean {
  return source.includes('"@odata.context"') || source.includes('"userPrincipalName"');
}

function personOf(user: JsonObject, where: string, issues: ImportIssue[]): DirectoryPerson {
  const title = text(user, 'jobTitle');
  if (title === undefined)
    issues.push({
      where: `${where}.jobTitle`,
      why: 'no job title; the position has an empty title',
    });
  const manager = isObject(user.manager) ? text(user.manager, 'id') : undefined;
  const reports = Array.isArray(user.directReports) ? user.directReports : [];
  const active = user.accountEnabled !== false;
  const emails = [text(user, 'mail'), text(user, 'userPrincipalName')].filter(
    (value) => value !== undefined,
  );
  return {
    where,
    id: text(user, 'id') ?? '',
    title: title ?? '',
    holder:
      text(user, 'displayName') ??
      ([text(user, 'givenName'), text(user, 'surname')].filter(Boolean).join(' ') || undefined),
    emails,
    active,
    ...(active ? {} : { inactiveBecause: '"accountEnabled" is false' }),
    manager:
      manager === undefined
        ? undefined
        : { by: 'id', value: manager, where: `${where}.manager.id` },
    directReports: reports.flatMap((report, index) => {
      const id = isObject(report) ? text(report, 'id') : undefined;
      return id === undefined ? [] : [{ id, where: `${where}.directReports[${index}].id` }];
    }),
    extras: {
      department: text(user, 'department'),
      location: text(user, 'officeLocation') ?? text(user, 'city'),
      employeeNumber: text(user, 'employeeId'),
      email: emails[0],
    },
  };
}

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
    missingPages: (pages) => nextPageIssue(pages, '@odata.nextLink', 'follow @odata.nextLink'),
  });
}
