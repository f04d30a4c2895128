import Papa from 'papaparse';
import type { CsvImportError } from './import-error.js';

export interface CsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  cells: string[];
}

export interface CsvTable {
  /** The header row, trimmed; a blank header reads "Column 3". */
  headers: string[];
  /** Every row below the header with at least one non-blank cell. */
  rows: CsvRow[];
  /** Problems with the file's structure (unclosed quotes, stray cells); the import refuses them. */
  errors: CsvImportError[];
  /** The delimiter found (`,` `;` tab `|`), to show the user what was detected. */
  delimiter: string;
}

/** A chart has seven fields; a file with more columns than this is not a list of positions. */
export const MAX_COLUMNS = 500;

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** What papaparse's error codes mean for someone who saved the file from a spreadsheet. */
function describeParseError(error: Papa.ParseError): string | undefined {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted value is never closed, so the rest of the file is read as one value; check the double quotes in this row';
    case 'InvalidQuotes':
      return 'a quoted value has text after its closing quote; a double quote inside a quoted value must be written twice ("")';
    // Without a detected delimiter the file is read as one column; the mapping dialog shows that.
    case 'UndetectableDelimiter':
      return undefined;
    default:
      return error.message;
  }
}

/**
 * Parses CSV text as spreadsheets save it: first row the header; delimiter detected (comma,
 * semicolon as Danish and Dutch Excel write it, tab, pipe); byte order mark stripped; quoted
 * values with delimiters, quotes and line breaks inside. Linear in the size of the text.
 *
 * Blank lines are skipped but still counted, so that row numbers match the spreadsheet's.
 */
export function parseCsv(text: string): CsvTable {
  // Trailing line breaks would be read as a last, one-cell row, which also confuses the detection
  // of the delimiter (it prefers delimiters that give every row the same number of cells).
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  const source = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, end);
  const result = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });

  const errors: CsvImportError[] = [];
  for (const error of result.errors) {
    const message = describeParseError(error);
    if (message !== undefined) errors.push({ row: (error.row ?? 0) + 1, message });
  }

  const [headerCells, ...dataRows] = result.data;
  if (headerCells === undefined || isBlank(headerCells)) {
    return {
      headers: [],
      rows: [],
      errors: [{ message: 'The file is empty: it needs a header row and a row per position.' }],
      delimiter: result.meta.delimiter,
    };
  }
  if (headerCells.length > MAX_COLUMNS) {
    return {
      headers: [],
      rows: [],
      errors: [
        {
          message: `The header row has ${headerCells.length.toLocaleString('en-US')} columns; Orgwise reads files with up to ${MAX_COLUMNS}. Is this a list of positions, one per row?`,
        },
      ],
      delimiter: result.meta.delimiter,
    };
  }
  const headers = headerCells.map((cell, index) => cell.trim() || `Column ${index + 1}`);

  const rows: CsvRow[] = [];
  dataRows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const rowNumber = index + 2;
    if (cells.length > headers.length && !isBlank(cells.slice(headers.length))) {
      errors.push({
        row: rowNumber,
        message: `the row has ${cells.length} values but the header has ${headers.length} columns; a value that contains the delimiter ("${result.meta.delimiter}") needs double quotes around it`,
      });
    }
    rows.push({ rowNumber, cells });
  });
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ message: 'The file has a header row but no positions below it.' });
  }
  return { headers, rows, errors, delimiter: result.meta.delimiter };
}
