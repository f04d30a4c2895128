import { defineFormat } from '../format.js';
import { chartMermaid } from '../mermaid/chart-mermaid.js';

export const chartMmd = defineFormat({
  id: 'chart-mmd',
  label: 'Mermaid flowchart',
  description: 'The chart as a Mermaid flowchart, for wikis and Markdown.',
  subject: 'chart',
  extension: 'mmd',
  // Mermaid has no registered media type; its files are plain text.
  mediaType: 'text/plain',
  runsIn: 'anywhere',
  produce: async ({ chart }) => ({ content: chartMermaid(chart) }),
});
