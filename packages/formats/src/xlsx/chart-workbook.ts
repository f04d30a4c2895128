import type { Chart, Position } from '@orgwise/domain';
import { csvFields, exportHeaders, NO_ROLES } from '../csv/csv-fields.js';
import { extraFields, extraHeaders } from '../csv/extra-fields.js';
import { type SheetCell, writeWorkbook } from './write-workbook.js';

const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? 'yes' : 'no');

function extraCell(position: Position, field: (typeof extraFields)[number]): SheetCell {
  const value = position[field];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/**
 * The chart's positions as a workbook with the CSV export's columns, then the extras HR exports
 * bring (department, location, employee number, FTE, cost) that any position has, FTE and cost as
 * numbers. The import maps these headers back to the same positions.
 */
export async function chartWorkbook(chart: Chart): Promise<Uint8Array> {
  const extras = extraFields.filter((field) =>
    chart.positions.some((position) => extraCell(position, field) !== null),
  );
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
    ...extras.map((field) => extraCell(position, field)),
  ]);
  const header = [
    ...csvFields.map((field) => exportHeaders[field]),
    ...extras.map((field) => extraHeaders[field]),
  ];
  return writeWorkbook('Positions', header, rows);
}
