import { defineFormat } from '../format.js';
import { drawChart } from '../image/draw-chart.js';

export const chartPng = defineFormat({
  id: 'chart-png',
  label: 'PNG image',
  description: 'The whole chart as a picture, for slides and e-mail.',
  subject: 'chart',
  extension: 'png',
  mediaType: 'image/png',
  runsIn: 'browser',
  produce: (input) => drawChart(input, 'png'),
});
