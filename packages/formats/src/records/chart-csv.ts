import { parseCsv } from '../csv/parse-csv.js';
import { serializeCsv } from '../csv/serialize-csv.js';
import { defineFormat } from '../format.js';

export const chartCsv = defineFormat({
  id: 'chart-csv',
  label: 'CSV',
  description: 'A row per position, for Excel and HR systems.',
  subject: 'chart',
  extension: 'csv',
  mediaType: 'text/csv',
  runsIn: 'anywhere',
  produce: async ({ chart }) => ({ content: serializeCsv(chart) }),
  read: {
    // Excel and HR systems also save delimited text as .tsv and .txt.
    extensions: ['tsv', 'txt'],
    // Any text that is not a chart document is read as delimited text, whose errors say why; a
    // NUL byte near the start gives a binary file (a workbook) away.
    sniff: (source) => !source.bytes.subarray(0, 4096).includes(0),
    read: async (source) => {
      const table = parseCsv(source.text());
      return table.headers.length === 0
        ? { kind: 'error', errors: table.errors.map((error) => error.message) }
        : { kind: 'table', table };
    },
  },
});
