import type { CsvImportError } from '../csv/import-error.js';
import type { CsvRow, CsvTable } from '../csv/parse-csv.js';
import { MAX_COLUMNS } from '../csv/parse-csv.js';
import { declaredUnzippedSize } from './zip-size.js';

/** A workbook of 50 MB unpacks to a few hundred; more than this is not a list of people. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export type WorkbookRead = { ok: true; table: CsvTable } | { ok: false; errors: string[] };

type Cell = string | number | boolean | Date | null | undefined;

/** A cell as the CSV mapping reads it: text, a number as written, a date as YYYY-MM-DD. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The first sheet with data of an Excel workbook (.xlsx) as a table for the CSV mapping step:
 * row 1 the header, rows numbered as Excel numbers them, blank rows skipped. The library
 * (read-excel-file) is loaded only when a workbook comes, and only after the zip's declared size
 * passed the limit.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === undefined) {
    return {
      ok: false,
      errors: ['The file is not an Excel workbook (.xlsx): it is not a zip file.'],
    };
  }
  if (unzipped > MAX_UNZIPPED_BYTES) {
    return {
      ok: false,
      errors: [
        `The workbook unpacks to ${Math.round(unzipped / 1024 / 1024)} MB; Orgwise reads workbooks that unpack to at most ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB.`,
      ],
    };
  }
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    sheets = (await readXlsxFile(buffer as ArrayBuffer)) as unknown as typeof sheets;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The workbook could not be read: ${detail}`] };
  }
  const sheet = sheets.find((candidate) =>
    candidate.data.some((row) => !isBlank(row.map(cellText))),
  );
  if (sheet === undefined) {
    return {
      ok: false,
      errors: ['The workbook is empty: it needs a header row and a row per position.'],
    };
  }
  const [headerRow = [], ...dataRows] = sheet.data.map((row) => row.map(cellText));
  if (headerRow.length > MAX_COLUMNS) {
    return {
      ok: false,
      errors: [
        `Sheet '${sheet.sheet}': the header row has ${headerRow.length} columns; Orgwise reads sheets with up to ${MAX_COLUMNS}.`,
      ],
    };
  }
  const headers = headerRow.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const rows: CsvRow[] = [];
  dataRows.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ rowNumber: index + 2, cells });
  });
  const errors: CsvImportError[] =
    rows.length === 0
      ? [{ message: `Sheet '${sheet.sheet}' has a header row but no positions below it.` }]
      : [];
  return { ok: true, table: { headers, rows, errors, delimiter: '' } };
}
