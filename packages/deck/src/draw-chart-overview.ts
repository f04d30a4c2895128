import type { ChartGraph } from './chart-graph.js';
import type { ChartPagesPlan } from './chart-pages.js';
import type { LaidOutChart } from './deck-model.js';
import { COLOR, LINE_HEIGHT } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { chartDrawing, drawChartPage } from './draw-chart-page.js';
import type { Shape } from './slide-plan.js';
import { type Rect, wholePage } from './split-chart.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

const TAG_FONT = 7.5;

/**
 * A chart too large to read on one slide, as a map: the whole chart fitted to the frame with
 * empty boxes (changes, vacancies and severity markers still show), and a numbered tag on the box
 * each part starts from, so that the audience sees where the following slides are in the chart.
 */
export function drawChartOverview(
  chart: LaidOutChart,
  graph: ChartGraph,
  parts: ChartPagesPlan,
  frame: Rect,
  measure: MeasureText,
  words: DeckWords,
): Shape[] {
  const whole = wholePage(chart);
  const { bounds } = whole;
  const scale = Math.min(frame.width / bounds.width, frame.height / bounds.height);
  const single: ChartPagesPlan = { pages: [{ ...whole, scale, fontSize: 0 }], noteBand: 0 };
  const shapes = drawChartPage(chartDrawing(chart, graph, single, measure, words), 0, frame, {
    text: false,
  });
  // Same placement as drawChartPage: centred across, at the top.
  const left = frame.x + (frame.width - bounds.width * scale) / 2;
  const height = TAG_FONT * LINE_HEIGHT;
  // Tags that would cover one already placed are left out; a grid of tag-sized cells finds
  // them in constant time, however many parts there are.
  const taken = new Set<string>();
  parts.pages.forEach((part, p) => {
    const anchor = chart.nodes[part.nodes[0]!]!;
    const label = String(p + 1);
    const width = measure(label, TAG_FONT, true) + 5;
    const x = Math.min(left + (anchor.x - bounds.x) * scale, frame.x + frame.width - width);
    const y = Math.max(frame.y + (anchor.y - bounds.y) * scale - height / 2, frame.y);
    const cells = [0, 1].flatMap((dx) =>
      [0, 1].map((dy) => `${Math.floor(x / width) + dx}:${Math.floor(y / height) + dy}`),
    );
    if (cells.some((cell) => taken.has(cell))) return;
    for (const cell of cells) taken.add(cell);
    const line = { text: label, size: TAG_FONT, bold: true, color: 'FFFFFF' };
    shapes.push({
      ...textBox(x, y, width, height, [line], { align: 'center' }),
      fill: COLOR.accent,
      radius: 1.5,
    });
  });
  return shapes;
}
