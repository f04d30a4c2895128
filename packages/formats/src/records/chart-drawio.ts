import { chartDrawio } from '../drawio/chart-drawio.js';
import { defineFormat } from '../format.js';

export const chartDrawioFormat = defineFormat({
  id: 'chart-drawio',
  label: 'draw.io diagram',
  description: 'The chart as cards and lines to edit in draw.io (diagrams.net).',
  subject: 'chart',
  extension: 'drawio',
  mediaType: 'application/vnd.jgraph.mxfile',
  runsIn: 'anywhere',
  produce: async ({ chart }) => ({ content: chartDrawio(chart) }),
});
