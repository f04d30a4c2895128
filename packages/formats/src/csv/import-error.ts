/** A problem with one cell, one row or the whole file of a CSV import. */
export interface CsvImportError {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  message: string;
}

/** "Row 14, column 'Reports to': no position has the id 'cfo2'" */
export function formatCsvError(error: CsvImportError): string {
  const place = [
    error.row === undefined ? undefined : `Row ${error.row}`,
    error.column === undefined ? undefined : `column '${error.column}'`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return place === '' ? error.message : `${place}: ${error.message}`;
}
