import { describe, expect, it } from 'vitest';
import { chartGraph } from './chart-graph.js';
import type { LaidOutChart, LaidOutNode } from './deck-model.js';
import { CHANGE_STYLE, COLOR, SEVERITY_STYLE } from './deck-theme.js';
import { deckWords } from './deck-words.js';
import { chartDrawing, drawBox, drawChartPage, partList } from './draw-chart-page.js';
import type { BoxShape, LineShape, Shape } from './slide-plan.js';
import { createHelveticaMeasure } from './text-measure.js';

const measure = createHelveticaMeasure();
const english = deckWords('en');
const RECT = { x: 100, y: 100, width: 108, height: 42 };

function node(extra: Partial<LaidOutNode> = {}): LaidOutNode {
  return {
    id: 'a',
    title: 'Chief Technology Officer',
    vacant: false,
    interim: false,
    x: 0,
    y: 0,
    width: 216,
    height: 84,
    ...extra,
  };
}

function box(shapes: Shape[]): BoxShape {
  return shapes.find((s): s is BoxShape => s.kind === 'box')!;
}

describe('drawBox', () => {
  it('shows title and holder in a plain box', () => {
    const b = box(drawBox(node({ holder: 'Lena Berg' }), RECT, 7, measure, english));
    expect(b.text!.lines.map((l) => l.text)).toEqual(['Chief Technology Officer', 'Lena Berg']);
    expect(b.text!.lines[0]!.bold).toBe(true);
    expect(b.stroke).toBe(COLOR.boxStroke);
    expect(b.dashed).toBe(false);
  });

  it('draws a vacancy dashed and grey, saying so', () => {
    const b = box(
      drawBox(node({ vacant: true, holder: 'Former Holder' }), RECT, 7, measure, english),
    );
    expect(b.dashed).toBe(true);
    expect(b.fill).toBe(COLOR.vacantFill);
    expect(b.text!.lines.at(-1)).toMatchObject({ text: 'Vacant', italic: true });
  });

  it('marks interim holders, changes and findings', () => {
    const shapes = drawBox(
      node({ holder: 'Kim', interim: true, change: 'moved', severity: 'error' }),
      RECT,
      7,
      measure,
      english,
    );
    const b = box(shapes);
    expect(b.text!.lines.map((l) => l.text)).toContain('Kim (interim)');
    expect(b.stroke).toBe(CHANGE_STYLE.moved.color);
    expect(b.strokeWidth).toBeGreaterThan(1);
    const marker = shapes.find((s) => s.kind === 'marker');
    expect(marker).toMatchObject({ symbol: 'circle', fill: SEVERITY_STYLE.error.color });
  });

  it('gives a long title up to three lines and ellipsises the rest', () => {
    const title =
      'Senior Vice President Global Business Services, Shared Operations Excellence and Procurement Transformation';
    const b = box(
      drawBox(node({ title, holder: 'Ada' }), { ...RECT, height: 60 }, 7, measure, english),
    );
    const bold = b.text!.lines.filter((l) => l.bold);
    expect(bold).toHaveLength(3);
    expect(bold[2]!.text.endsWith('…')).toBe(true);
    expect(b.text!.lines.at(-1)!.text).toBe('Ada');
  });

  it('draws an empty box for a map', () => {
    const b = box(drawBox(node(), RECT, 0, measure, english));
    expect(b.text).toBeUndefined();
  });
});

describe('drawChartPage', () => {
  function chartOf(
    nodes: [string, number, number][],
    edges: [string, string, boolean][],
  ): LaidOutChart {
    return {
      nodes: nodes.map(([id, x, y]) => node({ id, title: id.toUpperCase(), x, y })),
      edges: edges.map(([from, to, dotted]) => ({ from, to, dotted })),
    };
  }
  function draw(chart: LaidOutChart) {
    const graph = chartGraph(chart);
    const plan = {
      pages: [
        {
          nodes: chart.nodes.map((_, i) => i),
          x: chart.nodes.map((n) => n.x),
          y: chart.nodes.map((n) => n.y),
          bounds: { x: 0, y: 0, width: 1000, height: 1000 },
          scale: 0.5,
          fontSize: 7,
        },
      ],
      noteBand: 0,
    };
    return drawChartPage(chartDrawing(chart, graph, plan, measure, english), 0, {
      x: 0,
      y: 0,
      width: 500,
      height: 500,
    });
  }
  const lines = (shapes: Shape[]) => shapes.filter((s): s is LineShape => s.kind === 'line');

  it('connects a top-down team with a stem, a bar and a drop per report', () => {
    const shapes = draw(
      chartOf(
        [
          ['ceo', 240, 0],
          ['a', 0, 200],
          ['b', 480, 200],
        ],
        [
          ['ceo', 'a', false],
          ['ceo', 'b', false],
        ],
      ),
    );
    const drawn = lines(shapes);
    expect(drawn).toHaveLength(4);
    expect(drawn.every((l) => l.x1 === l.x2 || l.y1 === l.y2)).toBe(true);
    // Lines are drawn under the boxes.
    expect(shapes.findIndex((s) => s.kind === 'box')).toBeGreaterThan(
      shapes.findIndex((s) => s.kind === 'line'),
    );
  });

  it('connects a left-to-right team sideways', () => {
    const drawn = lines(
      draw(
        chartOf(
          [
            ['ceo', 0, 100],
            ['a', 400, 0],
            ['b', 400, 200],
          ],
          [
            ['ceo', 'a', false],
            ['ceo', 'b', false],
          ],
        ),
      ),
    );
    expect(drawn).toHaveLength(4);
    // The stem leaves the manager's right edge: (0 + 216) × 0.5.
    expect(drawn[0]!.x1).toBeCloseTo(108);
  });

  it('draws a dotted line dashed, from border to border', () => {
    const drawn = lines(
      draw(
        chartOf(
          [
            ['ciso', 0, 0],
            ['ceo', 600, 0],
          ],
          [['ciso', 'ceo', true]],
        ),
      ),
    );
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ dashed: true, x1: 108, x2: 300 });
  });
});

describe('partList', () => {
  it('names parts compactly', () => {
    expect(partList([3], english)).toBe('part 3');
    expect(partList([3, 4], english)).toBe('parts 3–4');
    expect(partList([3, 4, 5, 8], english)).toBe('parts 3–5 and 8');
    expect(partList([1, 3, 5], english)).toBe('parts 1, 3 and 5');
    expect(partList([2, 4, 6, 8, 10], english)).toBe('parts 2, 4, 6 and 2 more');
  });

  it('in Danish and Dutch', () => {
    expect(partList([3], deckWords('da'))).toBe('del 3');
    expect(partList([3, 4, 5, 8], deckWords('da'))).toBe('dele 3–5 og 8');
    expect(partList([2, 4, 6, 8, 10], deckWords('da'))).toBe('dele 2, 4, 6 og 2 til');
    expect(partList([3], deckWords('nl'))).toBe('deel 3');
    expect(partList([3, 4, 5, 8], deckWords('nl'))).toBe('delen 3–5 en 8');
    expect(partList([2, 4, 6, 8, 10], deckWords('nl'))).toBe('delen 2, 4, 6 en nog 2');
  });
});
