import type { Chart } from '@orgwise/domain';
import { csvFields, exportHeaders, NO_ROLES } from '../csv/csv-fields.js';
import { extraColumns, extraHeaders, extraValue } from '../csv/extra-fields.js';
import { type SheetCell, writeWorkbook } from './write-workbook.js';

const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? 'yes' : 'no');

/**
 * The chart's positions as a workbook with the CSV export's columns, then the extras HR exports
 * bring (department, location, employee number, FTE, cost) that any position has, FTE and cost as
 * numbers. The import maps these headers back to the same positions.
 */
export async function chartWorkbook(chart: Chart): Promise<Uint8Array> {
  const extras = extraColumns(chart);
  const rows = chart.positions.map((position): SheetCell[] => [
    position.id,
    position.title,
    position.holder ?? null,
    position.reportsTo ?? null,
    position.roles === undefined
      ? null
      : position.roles.length === 0
        ? NO_ROLES
        : position.roles.join(', '),
    yesNo(position.vacant),
    yesNo(position.interim),
    ...extras.map((field) => extraValue(position, field) ?? null),
  ]);
  const header = [
    ...csvFields.map((field) => exportHeaders[field]),
    ...extras.map((field) => extraHeaders[field]),
  ];
  return writeWorkbook('Positions', header, rows);
}
