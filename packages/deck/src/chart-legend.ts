import type { LaidOutChart } from './deck-model.js';
import {
  CHANGE_ORDER,
  CHANGE_STYLE,
  COLOR,
  FONT,
  LINE_HEIGHT,
  SEVERITY_ORDER,
  SEVERITY_STYLE,
} from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import type { Shape } from './slide-plan.js';
import { textBox } from './text-box.js';
import type { MeasureText } from './text-measure.js';

type Swatch =
  | { kind: 'outline'; color: string; dashed: boolean; fill: string }
  | { kind: 'marker'; symbol: 'circle' | 'triangle' | 'diamond'; color: string }
  | { kind: 'dotted-line' };

export interface LegendEntry {
  swatch: Swatch;
  label: string;
}

/**
 * What the chart's colours and marks mean, listing only those the option uses (on any of its
 * parts, so that every part of a split chart has the same legend).
 */
export function legendEntries(chart: LaidOutChart, words: DeckWords): LegendEntry[] {
  const changes = new Set<string>();
  const severities = new Set<string>();
  let vacant = false;
  for (const node of chart.nodes) {
    if (node.change !== undefined) changes.add(node.change);
    if (node.severity !== undefined) severities.add(node.severity);
    if (node.vacant) vacant = true;
  }
  const entries: LegendEntry[] = [];
  for (const change of CHANGE_ORDER) {
    if (!changes.has(change)) continue;
    const { color } = CHANGE_STYLE[change];
    const swatch: Swatch = { kind: 'outline', color, dashed: false, fill: COLOR.boxFill };
    entries.push({ swatch, label: words.change(change) });
  }
  for (const severity of SEVERITY_ORDER) {
    if (!severities.has(severity)) continue;
    const { symbol, color } = SEVERITY_STYLE[severity];
    entries.push({ swatch: { kind: 'marker', symbol, color }, label: words.severity(severity) });
  }
  if (vacant) {
    const swatch: Swatch = {
      kind: 'outline',
      color: COLOR.boxStroke,
      dashed: true,
      fill: COLOR.vacantFill,
    };
    entries.push({ swatch, label: words.text('vacant') });
  }
  if (chart.edges.some((edge) => edge.dotted)) {
    entries.push({ swatch: { kind: 'dotted-line' }, label: words.text('dottedLine') });
  }
  return entries;
}

const SWATCH_WIDTH = 14;
const SWATCH_GAP = 4;
const ENTRY_GAP = 14;
const ROW = FONT.legend * LINE_HEIGHT + 3;

/** How tall the legend is when it wraps within `width`; 0 without entries. */
export function legendHeight(entries: LegendEntry[], width: number, measure: MeasureText) {
  return rowsOf(entries, width, measure).length * ROW;
}

/** The legend as shapes, its rows flowing left to right from (x, y). */
export function drawLegend(
  entries: LegendEntry[],
  x: number,
  y: number,
  width: number,
  measure: MeasureText,
): Shape[] {
  const shapes: Shape[] = [];
  rowsOf(entries, width, measure).forEach((row, r) => {
    const top = y + r * ROW;
    const middle = top + ROW / 2;
    let left = x;
    for (const { entry, labelWidth } of row) {
      shapes.push(...drawSwatch(entry.swatch, left, middle));
      const labelX = left + SWATCH_WIDTH + SWATCH_GAP;
      const line = { text: entry.label, size: FONT.legend, color: COLOR.muted };
      shapes.push(textBox(labelX, top + 1.5, labelWidth + 2, ROW - 3, [line]));
      left = labelX + labelWidth + ENTRY_GAP;
    }
  });
  return shapes;
}

function rowsOf(entries: LegendEntry[], width: number, measure: MeasureText) {
  const rows: { entry: LegendEntry; labelWidth: number }[][] = [];
  let used = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    const labelWidth = measure(entry.label, FONT.legend, false);
    const needed = SWATCH_WIDTH + SWATCH_GAP + labelWidth;
    if (used + ENTRY_GAP + needed > width || rows.length === 0) {
      rows.push([]);
      used = -ENTRY_GAP;
    }
    rows[rows.length - 1]!.push({ entry, labelWidth });
    used += ENTRY_GAP + needed;
  }
  return rows;
}

function drawSwatch(swatch: Swatch, x: number, middle: number): Shape[] {
  switch (swatch.kind) {
    case 'outline':
      return [
        {
          kind: 'box',
          x,
          y: middle - 4,
          w: SWATCH_WIDTH,
          h: 8,
          radius: 2,
          fill: swatch.fill,
          stroke: swatch.color,
          strokeWidth: swatch.dashed ? 0.75 : 1.5,
          dashed: swatch.dashed,
        },
      ];
    case 'marker':
      return [
        {
          kind: 'marker',
          symbol: swatch.symbol,
          x: x + (SWATCH_WIDTH - 7) / 2,
          y: middle - 3.5,
          size: 7,
          fill: swatch.color,
        },
      ];
    case 'dotted-line':
      return [
        {
          kind: 'line',
          x1: x,
          y1: middle,
          x2: x + SWATCH_WIDTH,
          y2: middle,
          color: COLOR.connector,
          width: 0.75,
          dashed: true,
        },
      ];
  }
}
