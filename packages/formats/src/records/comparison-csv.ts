import { comparisonCsv } from '../comparison/comparison-csv.js';
import { defineFormat } from '../format.js';

export const comparisonCsvFormat = defineFormat({
  id: 'comparison-csv',
  label: 'CSV',
  description: 'Every change of every option against the baseline, a row each, for a spreadsheet.',
  subject: 'comparison',
  extension: 'csv',
  mediaType: 'text/csv',
  runsIn: 'anywhere',
  produce: async ({ comparisons }) => ({ content: comparisonCsv(comparisons) }),
});
