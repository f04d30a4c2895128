import { describe, expect, it } from 'vitest';
import { chartGraph } from './chart-graph.js';
import type { LaidOutChart } from './deck-model.js';
import { type ChartPage, type PageLimits, splitChart } from './split-chart.js';
import { CARD, companyPositions, layOut, type OutlinePosition } from './testing/deck-fixtures.js';

// About what one slide shows at the smallest legible text: six cards across, four rows down.
const LIMITS: PageLimits = { width: 1600, height: 560 };

function split(chart: LaidOutChart, limits = LIMITS) {
  return splitChart(chart, chartGraph(chart), limits);
}

function expectEveryNodeOnce(chart: LaidOutChart, pages: ChartPage[]) {
  const seen = new Uint32Array(chart.nodes.length);
  for (const page of pages) for (const node of page.nodes) seen[node]!++;
  expect(seen.every((count) => count === 1)).toBe(true);
}

function expectWithinLimits(chart: LaidOutChart, pages: ChartPage[], limits = LIMITS) {
  for (const page of pages) {
    expect(page.x).toHaveLength(page.nodes.length);
    expect(page.y).toHaveLength(page.nodes.length);
    page.nodes.forEach((node, k) => {
      const n = chart.nodes[node]!;
      expect(page.x[k]! - page.bounds.x).toBeGreaterThanOrEqual(-1e-9);
      expect(page.y[k]! - page.bounds.y).toBeGreaterThanOrEqual(-1e-9);
      expect(page.x[k]! + n.width - page.bounds.x).toBeLessThanOrEqual(page.bounds.width + 1e-9);
      expect(page.y[k]! + n.height - page.bounds.y).toBeLessThanOrEqual(page.bounds.height + 1e-9);
    });
    expect(page.bounds.width).toBeLessThanOrEqual(limits.width);
    expect(page.bounds.height).toBeLessThanOrEqual(limits.height);
  }
}

/**
 * Pages go top-down: a manager is on its report's page or an earlier one; and a page that does
 * not hold a report's manager holds a whole row of that manager's team (at most a few teams).
 */
function expectTopDown(chart: LaidOutChart, pages: ChartPage[]) {
  const graph = chartGraph(chart);
  const pageOf = new Int32Array(chart.nodes.length);
  pages.forEach((page, p) => {
    for (const node of page.nodes) pageOf[node] = p;
  });
  for (let node = 0; node < chart.nodes.length; node++) {
    const manager = graph.manager[node]!;
    if (manager !== -1) expect(pageOf[manager]).toBeLessThanOrEqual(pageOf[node]!);
  }
}

/** Boxes on a page never overlap (the layouts under test have none). */
function expectNoOverlap(chart: LaidOutChart, pages: ChartPage[]) {
  for (const page of pages) {
    const boxes = page.nodes.map((node, k) => ({
      x: page.x[k]!,
      y: page.y[k]!,
      w: chart.nodes[node]!.width,
      h: chart.nodes[node]!.height,
    }));
    boxes.sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.w; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
      }
    }
  }
}

describe('splitChart', () => {
  it('keeps a chart that fits on one page, exactly as laid out', () => {
    const chart = layOut(companyPositions(7));
    const pages = split(chart);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.nodes).toHaveLength(7);
    expect(pages[0]!.x).toEqual(chart.nodes.map((n) => n.x));
    expect(pages[0]!.y).toEqual(chart.nodes.map((n) => n.y));
  });

  it('splits 150 positions by teams, every position on exactly one page within the limits', () => {
    const chart = layOut(companyPositions(150));
    const pages = split(chart);
    expect(pages.length).toBeGreaterThan(1);
    expectEveryNodeOnce(chart, pages);
    expectWithinLimits(chart, pages);
    expectTopDown(chart, pages);
    expectNoOverlap(chart, pages);
  });

  it('starts with the top of the chart and all its direct reports', () => {
    const chart = layOut(companyPositions(150));
    const first = split(chart)[0]!;
    const ids = first.nodes.map((n) => chart.nodes[n]!.id).sort();
    expect(ids).toEqual(['ceo', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    // The CEO is centred above the row of executives.
    const row = first.nodes
      .filter((n) => chart.nodes[n]!.id !== 'ceo')
      .map((n) => first.nodes.indexOf(n));
    const ceo = first.x[first.nodes.indexOf(0)]!;
    const rowLeft = Math.min(...row.map((k) => first.x[k]!));
    const rowRight = Math.max(...row.map((k) => first.x[k]! + CARD.width));
    expect(ceo + CARD.width / 2).toBeCloseTo((rowLeft + rowRight) / 2);
    expect(Math.min(...row.map((k) => first.y[k]!))).toBeGreaterThan(
      first.y[first.nodes.indexOf(0)]!,
    );
  });

  it('continues the reports that do not fit in their manager’s row on the next page', () => {
    const positions: OutlinePosition[] = [
      { id: 'ceo', title: 'Chief Executive Officer' },
      ...Array.from({ length: 10 }, (_, i) => ({
        id: `x${i}`,
        title: `Executive ${i}`,
        manager: 'ceo',
      })),
    ];
    // Not all ten fit across one page.
    const chart = layOut(positions);
    const pages = split(chart);
    expect(pages).toHaveLength(2);
    expect(pages[0]!.nodes.map((n) => chart.nodes[n]!.id)).toEqual([
      'ceo',
      'x0',
      'x1',
      'x2',
      'x3',
      'x4',
      'x5',
    ]);
    expect(pages[1]!.nodes.map((n) => chart.nodes[n]!.id)).toEqual(['x6', 'x7', 'x8', 'x9']);
  });

  it('keeps a whole team that fits as laid out, relative positions unchanged', () => {
    const chart = layOut(companyPositions(150));
    const pages = split(chart);
    const index = new Map(chart.nodes.map((n, i) => [n.id, i]));
    // p7 (under p1) leads p43..p48, a team that fits on a page.
    const lead = index.get('p7')!;
    const page = pages.find((p) => p.nodes.includes(lead))!;
    const k = page.nodes.indexOf(lead);
    for (let i = 43; i <= 48; i++) {
      const member = index.get(`p${i}`)!;
      const m = page.nodes.indexOf(member);
      expect(m).toBeGreaterThanOrEqual(0);
      expect(page.x[m]! - page.x[k]!).toBeCloseTo(chart.nodes[member]!.x - chart.nodes[lead]!.x);
      expect(page.y[m]! - page.y[k]!).toBeCloseTo(chart.nodes[member]!.y - chart.nodes[lead]!.y);
    }
  });

  it('splits 1,000 positions without pages holding a lone box', () => {
    const chart = layOut(companyPositions(1000, 7));
    const pages = split(chart);
    expect(pages.filter((page) => page.nodes.length === 1)).toEqual([]);
    expectEveryNodeOnce(chart, pages);
    expectWithinLimits(chart, pages);
    expectTopDown(chart, pages);
    expectNoOverlap(chart, pages);
  });

  it('splits a 100,000-level reporting chain without running out of stack', () => {
    const positions: OutlinePosition[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `n${i}`,
      title: `Level ${i}`,
      ...(i > 0 ? { manager: `n${i - 1}` } : {}),
    }));
    const chart = layOut(positions);
    const pages = split(chart);
    expectEveryNodeOnce(chart, pages);
    for (const page of pages) expect(page.bounds.height).toBeLessThanOrEqual(LIMITS.height);
  });

  it('places the positions of a reporting cycle once', () => {
    const chart = layOut(companyPositions(40));
    // a → b → c → a, hanging from nothing; plus a line to a missing id and one to itself.
    for (const [id, x] of [
      ['a', 0],
      ['b', 300],
      ['c', 600],
    ] as const) {
      chart.nodes.push({
        id,
        title: id,
        vacant: false,
        interim: false,
        x,
        y: 900,
        width: 216,
        height: 84,
      });
    }
    chart.edges.push(
      { from: 'a', to: 'b', dotted: false },
      { from: 'b', to: 'c', dotted: false },
      { from: 'c', to: 'a', dotted: false },
      { from: 'ghost', to: 'a', dotted: false },
      { from: 'b', to: 'b', dotted: false },
    );
    const pages = split(chart);
    expectEveryNodeOnce(chart, pages);
    expectWithinLimits(chart, pages);
  });

  it('gives a box larger than a page a page of its own and goes on', () => {
    const chart = layOut(companyPositions(30));
    chart.nodes[3] = { ...chart.nodes[3]!, width: 5000, height: 3000 };
    const pages = split(chart);
    expectEveryNodeOnce(chart, pages);
    const own = pages.find((p) => p.nodes.includes(3))!;
    expect(own.bounds.width).toBe(5000);
  });

  it('splits many positions with no reporting lines into full rows', () => {
    const chart: LaidOutChart = {
      nodes: Array.from({ length: 60 }, (_, i) => ({
        id: `s${i}`,
        title: `Standalone ${i}`,
        vacant: false,
        interim: false,
        x: i * 240,
        y: 0,
        width: 216,
        height: 84,
      })),
      edges: [],
    };
    const pages = split(chart);
    expectEveryNodeOnce(chart, pages);
    expectWithinLimits(chart, pages);
    // Six cards a row, four rows a page.
    expect(pages.length).toBe(3);
  });
});
