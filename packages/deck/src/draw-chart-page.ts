import type { ChartGraph } from './chart-graph.js';
import type { ChartPagePlan, ChartPagesPlan } from './chart-pages.js';
import { NOTE_FONT } from './chart-pages.js';
import { cleanText } from './clean-text.js';
import type { LaidOutChart, LaidOutNode } from './deck-model.js';
import { CHANGE_STYLE, COLOR, LINE_HEIGHT, MIN_CHART_FONT, SEVERITY_STYLE } from './deck-theme.js';
import type { DeckWords } from './deck-words.js';
import { ellipsize, fitText } from './fit-text.js';
import type { BoxShape, LineShape, MarkerShape, Shape, TextBlock, TextLine } from './slide-plan.js';
import type { Rect } from './split-chart.js';
import type { MeasureText } from './text-measure.js';

/** What drawing any page of one option's chart needs, worked out once for all its pages. */
export interface ChartDrawing {
  chart: LaidOutChart;
  graph: ChartGraph;
  plan: ChartPagesPlan;
  /** Page index of each node. */
  pageOf: Int32Array;
  /** Dotted lines with both ends on the page, per page. */
  dottedOn: (readonly [number, number])[][];
  /** For a manager with reports on other pages: those pages, ascending. */
  continuesOn: Map<number, number[]>;
  measure: MeasureText;
  words: DeckWords;
}

export function chartDrawing(
  chart: LaidOutChart,
  graph: ChartGraph,
  plan: ChartPagesPlan,
  measure: MeasureText,
  words: DeckWords,
): ChartDrawing {
  const pageOf = new Int32Array(chart.nodes.length);
  plan.pages.forEach((page, p) => {
    for (const node of page.nodes) pageOf[node] = p;
  });
  const dottedOn: (readonly [number, number])[][] = plan.pages.map(() => []);
  for (const line of graph.dotted) {
    if (pageOf[line[0]] === pageOf[line[1]]) dottedOn[pageOf[line[0]]!]!.push(line);
  }
  const continuesOn = new Map<number, number[]>();
  for (const [manager, report] of graph.solid) {
    const there = pageOf[report]!;
    if (pageOf[manager] === there) continue;
    const pages = continuesOn.get(manager) ?? [];
    if (!pages.includes(there)) pages.push(there);
    continuesOn.set(manager, pages);
  }
  for (const pages of continuesOn.values()) pages.sort((a, b) => a - b);
  return { chart, graph, plan, pageOf, dottedOn, continuesOn, measure, words };
}

const CONNECTOR_WIDTH = 0.75;

/**
 * One page of a chart as shapes inside `frame` (slide points): lines first, then the boxes with
 * their titles, holders and role badges, the severity markers, and for a split chart the notes
 * linking to the other parts. The page is centred across and set at the top, below the notes.
 * Without `text`, the boxes are drawn empty: a map of a chart too large to read on one slide.
 */
export function drawChartPage(
  drawing: ChartDrawing,
  pageIndex: number,
  frame: Rect,
  { text = true }: { text?: boolean } = {},
): Shape[] {
  const { chart, plan } = drawing;
  const page = plan.pages[pageIndex]!;
  const { scale, bounds } = page;
  const left = frame.x + (frame.width - bounds.width * scale) / 2;
  const top = frame.y + plan.noteBand;
  const rects = new Map<number, Rect>();
  page.nodes.forEach((node, k) => {
    const n = chart.nodes[node]!;
    rects.set(node, {
      x: left + (page.x[k]! - bounds.x) * scale,
      y: top + (page.y[k]! - bounds.y) * scale,
      width: n.width * scale,
      height: n.height * scale,
    });
  });

  const lines = [
    ...reportingLines(drawing, page, rects),
    ...dottedLines(drawing, pageIndex, rects),
  ];
  const boxes: Shape[] = [];
  const notes: Shape[] = [];
  for (const node of page.nodes) {
    const rect = rects.get(node)!;
    const fontSize = text ? page.fontSize : 0;
    for (const shape of drawBox(
      chart.nodes[node]!,
      rect,
      fontSize,
      drawing.measure,
      drawing.words,
    )) {
      boxes.push(shape);
    }
    for (const shape of partNotes(drawing, node, rect, frame)) notes.push(shape);
  }
  return [...lines, ...boxes, ...notes];
}

function reportingLines(
  drawing: ChartDrawing,
  page: ChartPagePlan,
  rects: ReadonlyMap<number, Rect>,
): LineShape[] {
  const teams = new Map<number, number[]>();
  for (const node of page.nodes) {
    const manager = drawing.graph.manager[node]!;
    if (manager === -1 || !rects.has(manager)) continue;
    const team = teams.get(manager) ?? [];
    team.push(node);
    teams.set(manager, team);
  }
  const lines: LineShape[] = [];
  for (const [manager, team] of teams) {
    const from = rects.get(manager)!;
    const to = team.map((report) => rects.get(report)!);
    const drawn = to.every((r) => r.y >= from.y + from.height)
      ? elbows(from, to, 'down')
      : to.every((r) => r.x >= from.x + from.width)
        ? elbows(from, to, 'right')
        : to.map((r) => straight(from, r, false));
    // One at a time: push(...drawn) could exceed the argument limit for a huge team.
    for (const shape of drawn) lines.push(shape);
  }
  return lines;
}

/**
 * The usual org-chart connector: a stem from the manager to halfway across the gap, a bar along
 * the team, and a drop to each report. 'right' is the same for a left-to-right layout.
 */
function elbows(from: Rect, to: readonly Rect[], direction: 'down' | 'right'): LineShape[] {
  const down = direction === 'down';
  // Along: the axis the team spreads on; across: the axis from manager to team.
  const along = (r: Rect) => (down ? r.x + r.width / 2 : r.y + r.height / 2);
  const start = down ? from.y + from.height : from.x + from.width;
  const stem = along(from);
  // Loops rather than Math.min(...spread): a team can be too large to pass as arguments.
  let nearest = Number.POSITIVE_INFINITY;
  let low = stem;
  let high = stem;
  for (const r of to) {
    nearest = Math.min(nearest, down ? r.y : r.x);
    low = Math.min(low, along(r));
    high = Math.max(high, along(r));
  }
  const middle = start + (nearest - start) / 2;
  const segment = (a1: number, c1: number, a2: number, c2: number) =>
    down ? line(a1, c1, a2, c2, false) : line(c1, a1, c2, a2, false);
  const result = [segment(stem, start, stem, middle)];
  if (high > low) result.push(segment(low, middle, high, middle));
  for (const r of to) result.push(segment(along(r), middle, along(r), down ? r.y : r.x));
  return result;
}

function dottedLines(
  drawing: ChartDrawing,
  pageIndex: number,
  rects: ReadonlyMap<number, Rect>,
): LineShape[] {
  return drawing.dottedOn[pageIndex]!.map(([from, to]) =>
    straight(rects.get(from)!, rects.get(to)!, true),
  );
}

/** A line between two boxes' centres, cut off at their borders. */
function straight(a: Rect, b: Rect, dashed: boolean): LineShape {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const [x1, y1] = exitPoint(ax, ay, bx, by, a);
  const [x2, y2] = exitPoint(bx, by, ax, ay, b);
  return line(x1, y1, x2, y2, dashed);
}

function exitPoint(cx: number, cy: number, tx: number, ty: number, box: Rect): [number, number] {
  const dx = tx - cx;
  const dy = ty - cy;
  const t = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
    1,
  );
  return [cx + dx * t, cy + dy * t];
}

function line(x1: number, y1: number, x2: number, y2: number, dashed: boolean): LineShape {
  return { kind: 'line', x1, y1, x2, y2, color: COLOR.connector, width: CONNECTOR_WIDTH, dashed };
}

/**
 * A position's box: rounded, dashed and grey when vacant, outlined in the change's colour when it
 * differs from the baseline, a severity marker in its top-right corner. The title gets up to three
 * lines, leaving room for the holder and the role badge when the box is tall enough. A font size
 * of 0 draws the box without text.
 */
export function drawBox(
  node: LaidOutNode,
  rect: Rect,
  fontSize: number,
  measure: MeasureText,
  words: DeckWords,
): Shape[] {
  const change = node.change === undefined ? undefined : CHANGE_STYLE[node.change];
  const severity = node.severity === undefined ? undefined : SEVERITY_STYLE[node.severity];
  const padding = Math.min(6, Math.max(2, fontSize * 0.4));
  const markerSize = Math.min(10, Math.max(4, fontSize * 0.9), rect.height * 0.6);
  const box: BoxShape = {
    kind: 'box',
    x: rect.x,
    y: rect.y,
    w: rect.width,
    h: rect.height,
    radius: Math.min(6, rect.height * 0.15, rect.width * 0.15),
    fill: node.vacant ? COLOR.vacantFill : COLOR.boxFill,
    stroke: change?.color ?? COLOR.boxStroke,
    strokeWidth: change === undefined ? 0.75 : 2,
    dashed: node.vacant,
  };
  if (fontSize > 0) {
    // The marker sits in the corner; the centred text keeps clear of it on both sides.
    const reserved = severity === undefined ? 0 : 2 * (markerSize + 1);
    box.text = boxText(node, rect, fontSize, padding, reserved, measure, words);
  }
  if (severity === undefined) return [box];
  const inset = Math.max(1, padding / 2);
  const marker: MarkerShape = {
    kind: 'marker',
    symbol: severity.symbol,
    x: rect.x + rect.width - markerSize - inset,
    y: rect.y + inset,
    size: markerSize,
    fill: severity.color,
  };
  return [box, marker];
}

function boxText(
  node: LaidOutNode,
  rect: Rect,
  fontSize: number,
  padding: number,
  reserved: number,
  measure: MeasureText,
  words: DeckWords,
): TextBlock {
  const badgeSize = Math.min(fontSize, Math.max(MIN_CHART_FONT, fontSize * 0.85));
  const title = cleanText(node.title);
  const holder = holderLine(node, words);
  const badge = cleanText(node.roleBadge);
  const width = rect.width - 2 * padding;
  const lineOf = (size: number) => size * LINE_HEIGHT;

  let room = rect.height - 2 * padding;
  const reserve = (holder === '' ? 0 : lineOf(fontSize)) + (badge === '' ? 0 : lineOf(badgeSize));
  const titleLines = Math.max(1, Math.min(3, Math.floor((room - reserve) / lineOf(fontSize))));
  const fitted = fitText(title === '' ? words.text('untitledPosition') : title, {
    width: width - reserved,
    size: fontSize,
    bold: true,
    maxLines: titleLines,
    measure,
  });
  const lines: TextLine[] = fitted.map((text) => ({
    text,
    size: fontSize,
    bold: true,
    italic: title === '',
    color: title === '' ? COLOR.muted : COLOR.ink,
  }));
  room -= fitted.length * lineOf(fontSize);
  if (holder !== '' && room >= lineOf(fontSize) - 0.01) {
    const text = ellipsize(holder, { width, size: fontSize, measure });
    if (text !== '') lines.push({ text, size: fontSize, italic: node.vacant, color: COLOR.muted });
    room -= lineOf(fontSize);
  }
  if (badge !== '' && room >= lineOf(badgeSize) - 0.01) {
    const text = ellipsize(badge, { width, size: badgeSize, measure });
    if (text !== '') lines.push({ text, size: badgeSize, color: COLOR.faint });
  }
  return { lines, align: 'center', valign: 'middle', padding };
}

function holderLine(node: LaidOutNode, words: DeckWords): string {
  if (node.vacant) return words.text('vacant');
  const holder = cleanText(node.holder);
  if (!node.interim) return holder;
  return holder === '' ? words.text('interim') : words.text('holderInterim', { holder });
}

/** On a split chart: where a box's manager, or part of its team, is to be found. */
function partNotes(drawing: ChartDrawing, node: number, rect: Rect, frame: Rect): BoxShape[] {
  if (drawing.plan.pages.length < 2) return [];
  const notes: BoxShape[] = [];
  const manager = drawing.graph.manager[node]!;
  const here = drawing.pageOf[node]!;
  const width = noteWidth(rect, frame);
  if (manager !== -1 && drawing.pageOf[manager] !== here) {
    // The part number matters more than the whole title: shorten the title, keep the number.
    const { words } = drawing;
    const where = words.text('managerPart', { part: drawing.pageOf[manager]! + 1 });
    const room = width - drawing.measure(where, NOTE_FONT, false);
    const title = cleanText(drawing.chart.nodes[manager]!.title) || words.text('untitledPosition');
    const who = ellipsize(words.text('reportsTo', { title }), {
      width: room,
      size: NOTE_FONT,
      measure: drawing.measure,
    });
    const y = rect.y - NOTE_FONT * LINE_HEIGHT - 1;
    notes.push(note(drawing, `${who}${where}`, rect, y, width, frame));
  }
  const elsewhere = drawing.continuesOn.get(node);
  if (elsewhere !== undefined) {
    const parts = partList(
      elsewhere.map((p) => p + 1),
      drawing.words,
    );
    const text = drawing.words.text('teamIn', { parts });
    notes.push(note(drawing, text, rect, rect.y + rect.height + 1, width, frame));
  }
  return notes;
}

/** A note is as wide as its box, with a little of the gap beside it. */
function noteWidth(rect: Rect, frame: Rect): number {
  return Math.min(frame.width, rect.width + 8);
}

/** "part 3", "parts 3–5", "parts 3–5 and 8", "parts 2, 4, 6 and 3 more" (ascending parts). */
export function partList(parts: readonly number[], words: DeckWords): string {
  if (parts.length === 1) return words.text('onePart', { part: words.count(parts[0]) });
  const runs: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let j = i;
    while (j + 1 < parts.length && parts[j + 1] === parts[j]! + 1) j++;
    const first = words.count(parts[i]);
    runs.push(j > i ? `${first}–${words.count(parts[j])}` : first);
    i = j + 1;
  }
  if (runs.length <= 3) return words.text('someParts', { parts: words.list(runs) });
  const count = runs.length - 3;
  return words.text('partsAndMore', { parts: runs.slice(0, 3).join(', '), count });
}

function note(
  drawing: ChartDrawing,
  text: string,
  rect: Rect,
  y: number,
  width: number,
  frame: Rect,
): BoxShape {
  const centre = rect.x + rect.width / 2;
  const x = Math.min(Math.max(centre - width / 2, frame.x), frame.x + frame.width - width);
  const fitted = ellipsize(text, { width, size: NOTE_FONT, measure: drawing.measure });
  return {
    kind: 'box',
    x,
    y,
    w: width,
    h: NOTE_FONT * LINE_HEIGHT,
    radius: 0,
    fill: null,
    stroke: null,
    strokeWidth: 0,
    dashed: false,
    text: {
      lines: [{ text: fitted, size: NOTE_FONT, italic: true, color: COLOR.muted }],
      align: 'center',
      valign: 'top',
      padding: 0,
    },
  };
}
