import { strFromU8, unzipSync } from 'fflate';
import type { CsvImportError } from '../csv/import-error.js';
import { type CsvTable, MAX_COLUMNS } from '../csv/parse-csv.js';
import { dateStyles } from './date-styles.js';
import { sharedStrings } from './shared-strings.js';
import { type SheetRow, sheetRows } from './sheet-rows.js';
import { workbookSheets } from './workbook-sheets.js';
import { declaredUnzippedSize } from './zip-size.js';

/** A workbook of 50 MB unpacks to a few hundred; more than this is not a list of people. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export type WorkbookRead = { ok: true; table: CsvTable } | { ok: false; errors: string[] };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** The workbook's parts that say what its sheets are and how to read their cells. */
const WORKBOOK = 'xl/workbook.xml';
const RELATIONSHIPS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';
const parts = new Set([WORKBOOK, RELATIONSHIPS, SHARED_STRINGS, STYLES]);

const unreadable = (detail: string): WorkbookRead => ({
  ok: false,
  errors: [`The workbook could not be read: ${detail}`],
});

/**
 * The first sheet with data of an Excel workbook (.xlsx) as a table for the CSV mapping step:
 * its first row with a cell the header, rows numbered as Excel numbers them, blank rows skipped.
 * Unzipped (fflate) only after the zip's declared size passed the limit, and read part by part
 * with a streaming XML parser (saxen): the workbook, its shared strings and date styles, then
 * the sheets in tab order until one has data. Synchronous, unlike read-excel-file, whose
 * unzipping in worker threads cost about 130 ms a workbook in a server.
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
  try {
    const unzip = (wanted: (name: string) => boolean) => {
      const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
      return (name: string) => {
        const file = files[name];
        return file === undefined ? undefined : strFromU8(file);
      };
    };
    const part = unzip((name) => parts.has(name));
    const workbook = part(WORKBOOK);
    const relationships = part(RELATIONSHIPS);
    if (workbook === undefined || relationships === undefined) {
      return unreadable('it has no xl/workbook.xml; is it an Excel workbook?');
    }
    const info = workbookSheets(workbook, relationships);
    const reading = {
      strings: sharedStrings(part(SHARED_STRINGS)),
      dates: dateStyles(part(STYLES)),
      date1904: info.date1904,
    };
    for (const sheet of info.sheets) {
      const xml = unzip((name) => name === sheet.path)(sheet.path);
      const rows =
        xml === undefined ? [] : sheetRows(xml, reading).filter((row) => !isBlank(row.cells));
      if (rows.length > 0) return tableOf(sheet.name, rows);
    }
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
  return {
    ok: false,
    errors: ['The workbook is empty: it needs a header row and a row per position.'],
  };
}

/** A sheet's rows with data as the table the mapping step reads: the first is the header. */
function tableOf(sheet: string, [headerRow, ...rows]: SheetRow[]): WorkbookRead {
  if (headerRow !== undefined && headerRow.width > MAX_COLUMNS) {
    return {
      ok: false,
      errors: [
        `Sheet '${sheet}': the header row has ${headerRow.width} columns; Orgwise reads sheets with up to ${MAX_COLUMNS}.`,
      ],
    };
  }
  const headerCells = headerRow?.cells ?? [];
  const headers = headerCells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const errors: CsvImportError[] =
    rows.length === 0
      ? [{ message: `Sheet '${sheet}' has a header row but no positions below it.` }]
      : [];
  return { ok: true, table: { headers, rows, errors, delimiter: '' } };
}
