import type { ChartGraph } from './chart-graph.js';
import type { LaidOutChart, LaidOutNode } from './deck-model.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest part of the chart, in chart units, that one slide shows legibly. */
export interface PageLimits {
  width: number;
  height: number;
}

export interface ChartPage {
  /** Indices into chart.nodes. */
  nodes: number[];
  /** Where each of those nodes is drawn on this page, in chart units (parallel to `nodes`). */
  x: number[];
  y: number[];
  /** Bounding box of the nodes at those places. */
  bounds: Rect;
}

/**
 * Splits a chart too big for one slide into pages by teams, each page within the limits and every
 * node on exactly one page.
 *
 * A position whose whole organisation fits on a page is kept whole, exactly as laid out (a
 * "block"). A position whose organisation does not fit is drawn with as many of its direct
 * reports as fit in one row beneath it, each report as a block when its organisation fits and
 * as a single box otherwise; the organisation of such a box, and the reports that did not fit in
 * the row, continue on later pages as teams of their own. A team's items (blocks and heads with
 * their rows) are packed left to right in rows, a page at a time.
 *
 * Rows are re-spaced rather than taken from the layout: in a tidy layout the executives of a big
 * company stand thousands of units apart, each above their own organisation, and a page of them
 * at their laid-out places would show nothing but gaps. Pages come top of the chart first (the
 * teams are taken breadth first). Linear apart from sorting each team by position; queues and
 * explicit stacks only, no recursion.
 */
export function splitChart(
  chart: LaidOutChart,
  graph: ChartGraph,
  limits: PageLimits,
): ChartPage[] {
  const nodes = chart.nodes;
  if (nodes.length === 0) return [];
  const whole = wholePage(chart);
  if (whole.bounds.width <= limits.width && whole.bounds.height <= limits.height) return [whole];
  return new TeamPager(nodes, forest(nodes, graph), limits).pages();
}

/** The whole chart as one page, as laid out. */
export function wholePage(chart: LaidOutChart): ChartPage {
  const all = chart.nodes.map((_, i) => i);
  return {
    nodes: all,
    x: chart.nodes.map((node) => node.x),
    y: chart.nodes.map((node) => node.y),
    bounds: boundsOf(chart.nodes, all),
  };
}

export function boundsOf(nodes: readonly LaidOutNode[], members: readonly number[]): Rect {
  if (members.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const i of members) {
    const node = nodes[i]!;
    left = Math.min(left, node.x);
    top = Math.min(top, node.y);
    right = Math.max(right, node.x + node.width);
    bottom = Math.max(bottom, node.y + node.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The reporting lines as a forest covering every node, children in left-to-right order. */
interface Forest {
  roots: number[];
  children: number[][];
  /** Each node's organisation's bounding box in the layout. */
  left: Float64Array;
  top: Float64Array;
  right: Float64Array;
  bottom: Float64Array;
}

function forest(nodes: readonly LaidOutNode[], graph: ChartGraph): Forest {
  const size = nodes.length;
  const byPlace = (a: number, b: number) => nodes[a]!.x - nodes[b]!.x || nodes[a]!.y - nodes[b]!.y;
  const reports: number[][] = nodes.map(() => []);
  for (let i = 0; i < size; i++) {
    const manager = graph.manager[i]!;
    if (manager !== -1) reports[manager]!.push(i);
  }
  for (const list of reports) if (list.length > 1) list.sort(byPlace);

  // Breadth first from the tops; a reporting cycle, which hangs from no top, is entered at its
  // first node as if that were a top, so that every node is covered once.
  const children: number[][] = nodes.map(() => []);
  const seen = new Uint8Array(size);
  const order: number[] = [];
  const roots: number[] = [];
  const visit = (root: number) => {
    roots.push(root);
    seen[root] = 1;
    let head = order.length;
    order.push(root);
    for (; head < order.length; head++) {
      const node = order[head]!;
      for (const report of reports[node]!) {
        if (seen[report]) continue;
        seen[report] = 1;
        children[node]!.push(report);
        order.push(report);
      }
    }
  };
  const tops = nodes.map((_, i) => i).filter((i) => graph.manager[i] === -1);
  tops.sort(byPlace);
  for (const top of tops) visit(top);
  for (let i = 0; i < size; i++) if (!seen[i]) visit(i);

  const left = Float64Array.from(nodes, (n) => n.x);
  const top = Float64Array.from(nodes, (n) => n.y);
  const right = Float64Array.from(nodes, (n) => n.x + n.width);
  const bottom = Float64Array.from(nodes, (n) => n.y + n.height);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k]!;
    for (const child of children[node]!) {
      left[node] = Math.min(left[node]!, left[child]!);
      top[node] = Math.min(top[node]!, top[child]!);
      right[node] = Math.max(right[node]!, right[child]!);
      bottom[node] = Math.max(bottom[node]!, bottom[child]!);
    }
  }
  return { roots, children, left, top, right, bottom };
}

/** Nodes at places relative to the item's top-left corner. */
interface Item {
  nodes: number[];
  x: number[];
  y: number[];
  width: number;
  height: number;
}

/** How many sole reports deep a head's row may nest (each level uses up page height anyway). */
const MAX_NESTING = 64;

class TeamPager {
  private readonly gapX: number;
  private readonly gapY: number;
  private readonly queue: number[][] = [];

  constructor(
    private readonly nodes: readonly LaidOutNode[],
    private readonly tree: Forest,
    private readonly limits: PageLimits,
  ) {
    // Spacing for re-spaced rows, in proportion to the typical box.
    const widths = Float64Array.from(nodes, (n) => n.width).sort();
    const heights = Float64Array.from(nodes, (n) => n.height).sort();
    this.gapX = widths[widths.length >> 1]! * 0.12;
    this.gapY = heights[heights.length >> 1]! * 0.6;
  }

  pages(): ChartPage[] {
    const pages: ChartPage[] = [];
    this.queue.push(this.tree.roots);
    for (let head = 0; head < this.queue.length; head++) {
      const team = this.queue[head]!;
      const packed = this.pack(team.map((member) => this.itemFor(member)));
      // A small team (often the one or two reports that did not fit in their manager's row) goes
      // under the previous team when there is room, rather than onto a page of its own. The top
      // of the chart keeps its page to itself.
      const last = pages[pages.length - 1];
      if (packed.length === 1 && last !== undefined && head > 0 && pages.length > 1) {
        if (this.stack(last, packed[0]!)) continue;
      }
      for (const page of packed) pages.push(page);
    }
    return pages;
  }

  /** Puts `below` under `page` when both fit on one page together; says whether it did. */
  private stack(page: ChartPage, below: ChartPage): boolean {
    const offset = page.bounds.y + page.bounds.height + 2 * this.gapY;
    const height = offset + below.bounds.height - page.bounds.y;
    const width = Math.max(page.bounds.width, below.bounds.width);
    if (width > this.limits.width || height > this.limits.height) return false;
    below.nodes.forEach((node, k) => {
      page.nodes.push(node);
      page.x.push(below.x[k]! - below.bounds.x + page.bounds.x);
      page.y.push(below.y[k]! - below.bounds.y + offset);
    });
    page.bounds = { x: page.bounds.x, y: page.bounds.y, width, height };
    return true;
  }

  private fits(node: number): boolean {
    const { left, top, right, bottom } = this.tree;
    return (
      right[node]! - left[node]! <= this.limits.width &&
      bottom[node]! - top[node]! <= this.limits.height
    );
  }

  private itemFor(member: number): Item {
    const { item, later } = this.head(member, this.limits.width, this.limits.height, 0);
    for (const team of later) this.queue.push(team);
    return item;
  }

  /**
   * A team member within a width and height: its whole organisation when that fits, otherwise
   * the member with as many of its reports as fit in one row beneath it; `later` are the teams
   * that continue on later pages. A sole report that does not fit whole is itself drawn as a
   * head with its row (a chain of single reports fills the page instead of taking a page per
   * two boxes); that nesting is at most MAX_NESTING deep.
   */
  private head(
    member: number,
    width: number,
    height: number,
    nesting: number,
  ): { item: Item; later: number[][] } {
    const { left, top, right, bottom, children } = this.tree;
    const wholeWidth = right[member]! - left[member]!;
    const wholeHeight = bottom[member]! - top[member]!;
    if (this.fits(member) && wholeWidth <= width && wholeHeight <= height) {
      return { item: this.block(member), later: [] };
    }
    const head = this.nodes[member]!;
    const reports = children[member]!;
    const later: number[][] = [];
    const row: Item[] = [];
    let rowWidth = 0;
    let rowHeight = 0;
    const rowTop = head.height + this.gapY;
    const fitsRow = (w: number, h: number) =>
      Math.max(rowWidth + (row.length > 0 ? this.gapX : 0) + w, head.width) <= width &&
      rowTop + Math.max(rowHeight, h) <= height;
    if (reports.length === 1 && !this.fits(reports[0]!) && nesting < MAX_NESTING) {
      const sole = this.head(reports[0]!, width, height - rowTop, nesting + 1);
      if (fitsRow(sole.item.width, sole.item.height)) {
        row.push(sole.item);
        for (const team of sole.later) later.push(team);
        rowWidth = sole.item.width;
        rowHeight = sole.item.height;
      }
    } else {
      const continued: number[] = [];
      for (const report of reports) {
        // A report's whole organisation when it fits in the row, else the report alone with its
        // team continued on later pages, so that a head is shown with as many reports as fit.
        const one = this.nodes[report]!;
        const whole =
          this.fits(report) &&
          fitsRow(right[report]! - left[report]!, bottom[report]! - top[report]!);
        if (!whole && !fitsRow(one.width, one.height)) break;
        const item = whole ? this.block(report) : this.single(report);
        if (!whole && children[report]!.length > 0) continued.push(report);
        row.push(item);
        rowWidth += (row.length > 1 ? this.gapX : 0) + item.width;
        rowHeight = Math.max(rowHeight, item.height);
      }
      // The reports left out of the row first, so that a team's pages stay together.
      if (row.length < reports.length) later.push(reports.slice(row.length));
      for (const report of continued) later.push(children[report]!);
    }
    if (row.length === 0) {
      return { item: this.single(member), later: reports.length > 0 ? [reports] : [] };
    }

    const itemWidth = Math.max(rowWidth, head.width);
    const item: Item = {
      nodes: [member],
      x: [(itemWidth - head.width) / 2],
      y: [0],
      width: itemWidth,
      height: rowTop + rowHeight,
    };
    let x = (itemWidth - rowWidth) / 2;
    for (const part of row) {
      append(item, part, x, rowTop);
      x += part.width + this.gapX;
    }
    return { item, later };
  }

  private single(node: number): Item {
    const n = this.nodes[node]!;
    return { nodes: [node], x: [0], y: [0], width: n.width, height: n.height };
  }

  /** A node's whole organisation as laid out. */
  private block(root: number): Item {
    const { left, top, right, bottom, children } = this.tree;
    const item: Item = {
      nodes: [],
      x: [],
      y: [],
      width: right[root]! - left[root]!,
      height: bottom[root]! - top[root]!,
    };
    const stack = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      item.nodes.push(node);
      item.x.push(this.nodes[node]!.x - left[root]!);
      item.y.push(this.nodes[node]!.y - top[root]!);
      for (const child of children[node]!) stack.push(child);
    }
    return item;
  }

  /** Items left to right in rows, as many rows as a page holds, then the next page. */
  private pack(items: readonly Item[]): ChartPage[] {
    const pages: ChartPage[] = [];
    let page: Item | null = null;
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const item of items) {
      if (page !== null && x > 0 && x + item.width > this.limits.width) {
        x = 0;
        y += rowHeight + this.gapY;
        rowHeight = 0;
      }
      if (page === null || (y > 0 && y + item.height > this.limits.height)) {
        if (page !== null) pages.push(this.toPage(page));
        page = { nodes: [], x: [], y: [], width: 0, height: 0 };
        x = 0;
        y = 0;
        rowHeight = 0;
      }
      append(page, item, x, y);
      x += item.width + this.gapX;
      rowHeight = Math.max(rowHeight, item.height);
    }
    if (page !== null) pages.push(this.toPage(page));
    return pages;
  }

  private toPage(item: Item): ChartPage {
    let right = 0;
    let bottom = 0;
    item.nodes.forEach((node, k) => {
      right = Math.max(right, item.x[k]! + this.nodes[node]!.width);
      bottom = Math.max(bottom, item.y[k]! + this.nodes[node]!.height);
    });
    return {
      nodes: item.nodes,
      x: item.x,
      y: item.y,
      bounds: { x: 0, y: 0, width: right, height: bottom },
    };
  }
}

function append(target: Item, item: Item, dx: number, dy: number) {
  for (let k = 0; k < item.nodes.length; k++) {
    target.nodes.push(item.nodes[k]!);
    target.x.push(item.x[k]! + dx);
    target.y.push(item.y[k]! + dy);
  }
}
