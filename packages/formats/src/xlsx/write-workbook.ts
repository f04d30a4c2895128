/** A cell of an exported sheet: text, a number, or nothing. */
export type SheetCell = string | number | null;

/**
 * One sheet as an .xlsx file's bytes, header row kept in view while scrolling. Every text cell is
 * written as a string cell, never a formula, so a title such as "=HYPERLINK(…)" stays text
 * without the quote the CSV export needs. The library (write-excel-file) is loaded on demand.
 */
export async function writeWorkbook(
  sheet: string,
  header: readonly string[],
  rows: readonly (readonly SheetCell[])[],
): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = [
    header.map((value) => ({ value, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      row.map((value) =>
        value === null
          ? null
          : typeof value === 'number'
            ? { value, type: Number }
            : { value, type: String },
      ),
    ),
  ];
  const blob = await writeXlsxFile(data, {
    sheet,
    stickyRowsCount: 1,
    columns: header.map((name) => ({ width: Math.max(12, Math.min(40, name.length + 4)) })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
