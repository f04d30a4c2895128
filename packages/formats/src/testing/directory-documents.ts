import type { Chart, Position } from '@orgwise/domain';
import { ENTERPRISE_USER } from '../scim/read-scim.js';
import { chartWorkbook } from '../xlsx/chart-workbook.js';

// Realistic directory answers made from a chart, for round-trip tests and the benchmark: every
// position a person, named by their e-mail address at example.com, in pages as the directories
// serve them.

const emailOf = (id: string) => `${id}@example.com`;

function pages<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result.length === 0 ? [[]] : result;
}

const department = (position: Position) =>
  typeof position.department === 'string' ? position.department : undefined;

/** SCIM 2.0 ListResponse pages (itemsPerPage as Okta and Entra ID serve them). */
export function scimDocument(chart: Chart, pageSize = 200): unknown[] {
  const users = chart.positions.map((position) => ({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE_USER],
    id: position.id,
    userName: emailOf(position.id),
    displayName: position.holder ?? undefined,
    title: position.title,
    active: true,
    emails: [{ value: emailOf(position.id), type: 'work', primary: true }],
    [ENTERPRISE_USER]: {
      department: department(position),
      ...(position.reportsTo
        ? { manager: { value: position.reportsTo, $ref: `../Users/${position.reportsTo}` } }
        : {}),
    },
  }));
  return pages(users, pageSize).map((Resources, index) => ({
    schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
    totalResults: users.length,
    startIndex: index * pageSize + 1,
    itemsPerPage: Resources.length,
    Resources,
  }));
}

/** Microsoft Graph `GET /users?$expand=manager` pages (999 a page at most). */
export function msgraphDocument(chart: Chart, pageSize = 999): unknown[] {
  const users = chart.positions.map((position) => ({
    id: position.id,
    displayName: position.holder ?? null,
    jobTitle: position.title,
    mail: emailOf(position.id),
    userPrincipalName: emailOf(position.id),
    department: department(position) ?? null,
    accountEnabled: true,
    ...(position.reportsTo
      ? { manager: { '@odata.type': '#microsoft.graph.user', id: position.reportsTo } }
      : {}),
  }));
  const list = pages(users, pageSize);
  return list.map((value, index) => ({
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
    ...(index < list.length - 1
      ? { '@odata.nextLink': `https://graph.microsoft.com/v1.0/users?$skiptoken=${index + 1}` }
      : {}),
    value,
  }));
}

/** Google Directory `users.list` pages (500 a page at most), managers by e-mail address. */
export function googleDirectoryDocument(chart: Chart, pageSize = 500): unknown[] {
  const users = chart.positions.map((position) => ({
    kind: 'admin#directory#user',
    id: position.id,
    primaryEmail: emailOf(position.id),
    name: { fullName: position.holder ?? '' },
    suspended: false,
    organizations: [{ title: position.title, department: department(position), primary: true }],
    ...(position.reportsTo
      ? { relations: [{ value: emailOf(position.reportsTo), type: 'manager' }] }
      : {}),
  }));
  const list = pages(users, pageSize);
  return list.map((page, index) => ({
    kind: 'admin#directory#users',
    users: page,
    ...(index < list.length - 1 ? { nextPageToken: `page-${index + 1}` } : {}),
  }));
}

const quoted = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A Danish HR export: semicolons, as Danish Excel saves them. */
export function danishCsvDocument(chart: Chart): string {
  const rows = chart.positions.map((position) =>
    [
      position.id,
      position.holder ?? '',
      position.title,
      position.reportsTo ?? '',
      department(position) ?? '',
    ]
      .map(quoted)
      .join(';'),
  );
  return `Medarbejdernr.;Navn;Stilling;Leder;Afdeling\r\n${rows.join('\r\n')}\r\n`;
}

/** The import formats (by their names over HTTP and in the CLI) that documentOf makes. */
export const roundTripFormats = ['scim', 'msgraph', 'google-directory', 'csv', 'xlsx'] as const;

/**
 * A realistic document of the chart in each import format, as bytes: the directories' paged
 * answers, the Danish CSV export, the chart workbook. What round-trip tests feed the readers.
 */
export async function documentOf(
  format: (typeof roundTripFormats)[number],
  chart: Chart,
): Promise<Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  switch (format) {
    case 'scim':
      return encode(JSON.stringify(scimDocument(chart)));
    case 'msgraph':
      return encode(JSON.stringify(msgraphDocument(chart)));
    case 'google-directory':
      return encode(JSON.stringify(googleDirectoryDocument(chart)));
    case 'csv':
      return encode(danishCsvDocument(chart));
    case 'xlsx':
      return chartWorkbook(chart);
  }
}
