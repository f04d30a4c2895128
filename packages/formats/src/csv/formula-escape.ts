/**
 * Cells that a spreadsheet would run as a formula start with one of these (OWASP, "CSV Injection").
 * Export puts a single quote before them, which spreadsheets show as plain text.
 */
export const formulaStart = /^[=+\-@\t\r]/;

/** Undoes the export's quote, so that "-Sales-" survives an export and an import unchanged. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A mapped cell as the import reads it: trimmed, without the export's quote; '' when unmapped. */
export function mappedCell(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : unescapeFormula((cells[index] ?? '').trim()).trim();
}
