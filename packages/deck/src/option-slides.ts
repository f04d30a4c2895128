import { type ChartGraph, chartGraph } from './chart-graph.js';
import { drawLegend, type LegendEntry, legendEntries, legendHeight } from './chart-legend.js';
import { type ChartPagesPlan, planChartPages } from './chart-pages.js';
import { cleanText } from './clean-text.js';
import type { OptionSlide } from './deck-model.js';
import { COLOR, FONT, LINE_HEIGHT, MARGIN } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { drawChartOverview } from './draw-chart-overview.js';
import { chartDrawing, drawChartPage } from './draw-chart-page.js';
import { ellipsize } from './fit-text.js';
import { drawOptionPanel } from './option-panel.js';
import { FRAME, slideHeading } from './slide-frame.js';
import type { Shape, SlidePlan } from './slide-plan.js';
import type { Rect } from './split-chart.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

const PANEL_WIDTH = 250;
const PANEL_GAP = 20;
const LEGEND_GAP = 6;
const CONTENT_HEIGHT = FRAME.contentBottom - FRAME.contentTop;

/** The chart area and side panel of an option slide, and the full-width area of a chart part. */
export const OPTION_LAYOUT = {
  chart: {
    x: MARGIN,
    y: FRAME.contentTop,
    width: FRAME.width - PANEL_WIDTH - PANEL_GAP,
    height: CONTENT_HEIGHT,
  },
  panel: {
    x: MARGIN + FRAME.width - PANEL_WIDTH,
    y: FRAME.contentTop,
    width: PANEL_WIDTH,
    height: CONTENT_HEIGHT,
  },
  part: { x: MARGIN, y: FRAME.contentTop, width: FRAME.width, height: CONTENT_HEIGHT },
} as const satisfies Record<string, Rect>;

/**
 * An option's slides. Its main slide has its name and rationale, its chart fitted beside its key
 * metrics and findings, and a legend. A chart too large to read there (text under 7 pt) is shown
 * on the main slide as a map with a numbered tag where each part starts, and each part follows on
 * a full-width slide of its own, titled "Option A (2 of 3)" ("Option A (full chart)" when the
 * full width holds it all).
 */
export function optionSlides(
  option: OptionSlide,
  measure: MeasureText,
  words: DeckWords,
): SlidePlan[] {
  const name = cleanText(option.name) || words.text('untitledOption');
  const rationale = cleanText(option.rationale);
  const heading = (suffix: string) => slideHeading(name, suffix, rationale, measure);
  const panel = drawOptionPanel(option, OPTION_LAYOUT.panel, measure, words);
  const chart = option.chart;
  const entries = legendEntries(chart, words);
  const main = withLegend(OPTION_LAYOUT.chart, entries, measure);

  if (chart.nodes.length === 0) {
    const empty = textBox(main.frame.x, main.frame.y, main.frame.width, 2 * lineOf(FONT.body), [
      {
        text: words.text('noPositions'),
        size: FONT.body,
        color: COLOR.muted,
      },
    ]);
    return [{ title: name, shapes: [...heading(''), empty, ...panel] }];
  }

  const graph = chartGraph(chart);
  const plan = planChartPages(chart, graph, main.frame);
  if (plan.pages.length === 1) {
    const drawing = chartDrawing(chart, graph, plan, measure, words);
    const shapes = [...heading(''), ...drawChartPage(drawing, 0, main.frame), ...main.legend];
    return [{ title: name, shapes: [...shapes, ...panel] }];
  }
  const part = withLegend(OPTION_LAYOUT.part, entries, measure);
  const parts = planChartPages(chart, graph, part.frame);
  const overview = [
    ...heading(''),
    ...drawOverview(chart, graph, parts, main, measure, words),
    ...main.legend,
    ...panel,
  ];
  const drawing = chartDrawing(chart, graph, parts, measure, words);
  const count = parts.pages.length;
  return [
    { title: name, shapes: overview },
    ...parts.pages.map((_, p) => {
      const suffix =
        count === 1 ? words.text('fullChart') : words.text('partOf', { part: p + 1, count });
      const shapes = [...heading(suffix), ...drawChartPage(drawing, p, part.frame), ...part.legend];
      return { title: `${name} ${suffix}`, shapes };
    }),
  ];
}

/** The map of a split chart, with a note under it saying where its parts are. */
function drawOverview(
  chart: OptionSlide['chart'],
  graph: ChartGraph,
  parts: ChartPagesPlan,
  main: { frame: Rect },
  measure: MeasureText,
  words: DeckWords,
): Shape[] {
  const count = parts.pages.length;
  const note = count === 1 ? words.text('fullWidthNext') : words.text('inParts', { count });
  const noteHeight = lineOf(FONT.legend) + 4;
  const frame = { ...main.frame, height: main.frame.height - noteHeight };
  const text = ellipsize(note, { width: frame.width, size: FONT.legend, measure });
  return [
    ...drawChartOverview(chart, graph, parts, frame, measure, words),
    textBox(frame.x, frame.y + frame.height + 2, frame.width, lineOf(FONT.legend), [
      { text, size: FONT.legend, italic: true, color: COLOR.muted },
    ]),
  ];
}

/** The area left for the chart once the legend is placed at its foot, and the legend's shapes. */
function withLegend(area: Rect, entries: LegendEntry[], measure: MeasureText) {
  const height = legendHeight(entries, area.width, measure);
  const frame: Rect = { ...area, height: area.height - (height > 0 ? height + LEGEND_GAP : 0) };
  const legend = drawLegend(entries, area.x, area.y + area.height - height, area.width, measure);
  return { frame, legend };
}

function lineOf(size: number): number {
  return size * LINE_HEIGHT;
}
