import type { Chart } from '@orgwise/domain';
import Papa from 'papaparse';
import { csvFields, exportHeaders, NO_ROLES } from './csv-fields.js';
import { extraColumns, extraHeaders, extraValue } from './extra-fields.js';
import { formulaStart } from './formula-escape.js';

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

/**
 * The chart's positions as CSV (id, title, holder, reports_to, roles, vacant, interim, extras) that the CSV
 * import reads back to the same positions. Written for spreadsheets: a byte order mark so that
 * Excel reads the file as UTF-8 (æ, ø, å), CRLF line ends (RFC 4180), and a single quote before
 * any cell that starts with = + - @ tab or CR, so that a title cannot run as a formula (OWASP,
 * "CSV Injection"). papaparse's own default pattern for that misses values with a line break,
 * hence the explicit pattern. Blank yes/no and roles cells mean "not said"; "none" means no role.
 * The extras imports bring (department, location, employee number, FTE, cost) follow, a
 * column each that any position has, under the headers the workbook export writes. Company
 * details, dotted lines and other fields have no column: export JSON to keep them.
 */
export function serializeCsv(chart: Chart): string {
  const extras = extraColumns(chart);
  const rows = chart.positions.map((position) => [
    position.id,
    position.title,
    position.holder ?? '',
    position.reportsTo ?? '',
    position.roles === undefined
      ? ''
      : position.roles.length === 0
        ? NO_ROLES
        : position.roles.join(', '),
    yesNo(position.vacant),
    yesNo(position.interim),
    ...extras.map((field) => String(extraValue(position, field) ?? '')),
  ]);
  const fields = [
    ...csvFields.map((field) => exportHeaders[field]),
    ...extras.map((field) => extraHeaders[field]),
  ];
  const csv = Papa.unparse(
    { fields, data: rows },
    { newline: '\r\n', escapeFormulae: formulaStart },
  );
  return `\uFEFF${csv}\r\n`;
}
