import { defineFormat } from '../format.js';
import { readChartJson, serializeChart } from '../json/chart-json.js';

export const chartJson = defineFormat({
  id: 'chart-json',
  label: 'JSON',
  description: 'Everything in the chart; imports back exactly.',
  subject: 'chart',
  extension: 'json',
  mediaType: 'application/json',
  runsIn: 'anywhere',
  produce: async ({ chart }) => ({ content: serializeChart(chart) }),
  read: {
    extensions: [],
    // A chart document starts with "{" (a list would be a mistake worth its own message).
    sniff: (source) => /^\uFEFF?\s*[{[]/.test(source.text()),
    read: async (source) => {
      const result = readChartJson(source.text());
      return result.ok
        ? { kind: 'chart', chart: result.chart }
        : { kind: 'error', errors: result.errors };
    },
  },
});
