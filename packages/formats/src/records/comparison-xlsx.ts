import { defineFormat } from '../format.js';
import { comparisonWorkbook } from '../xlsx/comparison-workbook.js';

export const comparisonXlsx = defineFormat({
  id: 'comparison-xlsx',
  label: 'Excel workbook',
  description: 'Every change of every option against the baseline, a row each, for Excel.',
  subject: 'comparison',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  runsIn: 'anywhere',
  produce: async ({ comparisons }) => ({ content: await comparisonWorkbook(comparisons) }),
});
