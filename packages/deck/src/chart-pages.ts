import type { ChartGraph } from './chart-graph.js';
import type { LaidOutChart } from './deck-model.js';
import { LINE_HEIGHT, MAX_CHART_FONT, MIN_CHART_FONT } from './deck-theme.js';
import { type ChartPage, splitChart, wholePage } from './split-chart.js';

export interface ChartPagePlan extends ChartPage {
  /** Points per chart unit on this page. */
  scale: number;
  /** Size of the positions' titles on this page, in points. */
  fontSize: number;
}

export interface ChartPagesPlan {
  pages: ChartPagePlan[];
  /**
   * Height kept free above and below a split chart for the "Reports to …, part 1" and "Team
   * continues in part 3" notes; 0 when the chart is on one page.
   */
  noteBand: number;
}

/** Size of the notes linking the parts of a split chart. */
export const NOTE_FONT = 7.5;

/**
 * The text size, in chart units, that the chart's boxes are drawn for: the editor's cards are
 * about 15 characters' advance wide and 6 lines tall at their title size. Taken from the median
 * box, so that one odd box neither splits the chart nor shrinks everything.
 */
export function chartFontUnit(chart: LaidOutChart): number {
  const widths = Float64Array.from(chart.nodes, (node) => node.width).sort();
  const heights = Float64Array.from(chart.nodes, (node) => node.height).sort();
  const middle = widths.length >> 1;
  return Math.min(widths[middle]! / 15, heights[middle]! / 6);
}

/**
 * How the chart goes onto slides whose chart area is `area` points: on one slide when its text
 * can be at least MIN_CHART_FONT there, otherwise split (splitChart) into pages that each can.
 * Small charts are not enlarged past MAX_CHART_FONT. Every page is scaled to fit on its own.
 */
export function planChartPages(
  chart: LaidOutChart,
  graph: ChartGraph,
  area: { width: number; height: number },
): ChartPagesPlan {
  if (chart.nodes.length === 0) return { pages: [], noteBand: 0 };
  const unit = chartFontUnit(chart);
  const minScale = MIN_CHART_FONT / unit;
  const maxScale = MAX_CHART_FONT / unit;
  const whole = wholePage(chart);
  const fit = Math.min(area.width / whole.bounds.width, area.height / whole.bounds.height);
  if (fit >= minScale) {
    const scale = Math.min(fit, maxScale);
    return { pages: [{ ...whole, scale, fontSize: unit * scale }], noteBand: 0 };
  }
  const noteBand = NOTE_FONT * LINE_HEIGHT + 2;
  const height = area.height - 2 * noteBand;
  const limits = { width: area.width / minScale, height: height / minScale };
  const pages = splitChart(chart, graph, limits).map((page) => {
    const scale = Math.min(maxScale, area.width / page.bounds.width, height / page.bounds.height);
    return { ...page, scale, fontSize: unit * scale };
  });
  return { pages, noteBand };
}
