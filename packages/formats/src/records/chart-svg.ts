import { defineFormat } from '../format.js';
import { drawChart } from '../image/draw-chart.js';

export const chartSvg = defineFormat({
  id: 'chart-svg',
  label: 'SVG image',
  description: 'The whole chart, sharp at any size, for print.',
  subject: 'chart',
  extension: 'svg',
  mediaType: 'image/svg+xml',
  runsIn: 'browser',
  produce: (input) => drawChart(input, 'svg'),
});
