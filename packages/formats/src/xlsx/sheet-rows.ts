import { MAX_COLUMNS } from '../csv/parse-csv.js';
import { walkXml } from './walk-xml.js';

export interface SheetRow {
  /** The row as Excel numbers it. */
  rowNumber: number;
  /** Cell texts by column (A is 0); a column without a cell is ''. */
  cells: string[];
  /** The columns up to the row's last cell, those past MAX_COLUMNS (not read) included. */
  width: number;
}

export interface CellReading {
  /** The workbook's shared strings, which `t="s"` cells point at. */
  strings: readonly string[];
  /** The styles whose number format shows a date. */
  dates: ReadonlySet<number>;
  date1904: boolean;
}

const DAY_MS = 86_400_000;
/** Days from Excel's epochs (1899-12-30, and 1904-01-01) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** A date cell's number of days as YYYY-MM-DD, as the CSV mapping reads dates. */
function dateText(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** The column of a cell reference: `C7` → 2. */
function columnOf(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/**
 * The rows of a worksheet's XML that have cells, each cell as text: shared and inline strings as
 * written, numbers as JavaScript writes them (`0.8`), dates (numbers in a date style, or `t="d"`)
 * as YYYY-MM-DD, booleans as true/false, errors as Excel shows them (`#N/A`). Cells past
 * MAX_COLUMNS are counted in the row's width but not read: no list of positions has that many.
 */
export function sheetRows(xml: string, reading: CellReading): SheetRow[] {
  const rows: SheetRow[] = [];
  let row: SheetRow | undefined;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let inValue = false;
  let inInline = 0;
  walkXml(xml, {
    open(name, attribute) {
      if (name === 'c' && row !== undefined) {
        const reference = attribute('r');
        column = reference === undefined ? row.cells.length : columnOf(reference);
        type = attribute('t') ?? 'n';
        style = Number(attribute('s') ?? 0);
        value = undefined;
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inInline++;
      else if (name === 't') inValue = inInline > 0;
      else if (name === 'row') {
        const number = Number(attribute('r'));
        const previous = rows.length === 0 ? 0 : (rows[rows.length - 1] as SheetRow).rowNumber;
        row = {
          rowNumber: Number.isInteger(number) && number > 0 ? number : previous + 1,
          cells: [],
          width: 0,
        };
      }
    },
    text(text) {
      if (inValue) value = (value ?? '') + text;
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inInline--;
      else if (name === 'c' && row !== undefined && column >= 0) {
        row.width = Math.max(row.width, column + 1);
        if (column >= MAX_COLUMNS) return;
        const text = cellText(type, style, value, reading);
        while (row.cells.length < column) row.cells.push('');
        row.cells[column] = text;
      } else if (name === 'row' && row !== undefined) {
        if (row.cells.length > 0) rows.push(row);
        row = undefined;
      }
    },
  });
  return rows;
}

function cellText(
  type: string,
  style: number,
  value: string | undefined,
  reading: CellReading,
): string {
  if (value === undefined) return '';
  switch (type) {
    case 's':
      return reading.strings[Number(value)] ?? '';
    case 'b':
      return value === '1' || value === 'true' ? 'true' : 'false';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    case 'n': {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return value;
      return reading.dates.has(style) ? dateText(number, reading.date1904) : String(number);
    }
    // Inline strings, formulas' text results and errors, as written.
    default:
      return value;
  }
}
