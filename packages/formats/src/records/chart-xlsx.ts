import { defineFormat } from '../format.js';
import { chartWorkbook } from '../xlsx/chart-workbook.js';

/** A zip file's first bytes; a workbook is one. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;

export const chartXlsx = defineFormat({
  id: 'chart-xlsx',
  label: 'Excel workbook',
  description: 'A row per position, for Excel; import maps the columns as for CSV.',
  subject: 'chart',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  runsIn: 'anywhere',
  produce: async ({ chart }) => ({ content: await chartWorkbook(chart) }),
  read: {
    extensions: [],
    sniff: (source) => isZip(source.bytes),
    read: async (source) => {
      // Loaded when a workbook comes, so that the unzipper and XML parser stay out of the page.
      const { readWorkbook } = await import('../xlsx/read-workbook.js');
      const workbook = await readWorkbook(source.bytes);
      return workbook.ok
        ? { kind: 'table', table: workbook.table }
        : { kind: 'error', errors: workbook.errors };
    },
  },
});
