import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.js';
import { locatePaths, locatePositionIds } from './locate.js';

const chart = `{
  "positions": [
    { "id": "ceo", "title": "CEO" },
    {
      "title": "CFO",
      "id": "cfo"
    }
  ]
}`;

describe('LineIndex', () => {
  it('counts lines ended by \\n, \\r\\n or a lone \\r, and columns from 1', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(4)).toEqual({ line: 2, column: 2 });
    expect(index.locate(7)).toEqual({ line: 3, column: 1 });
    expect(index.locate(11)).toEqual({ line: 4, column: 2 });
  });
});

describe('locatePaths', () => {
  it('finds a value by path, from its property name', () => {
    const lines = new LineIndex(chart);
    const [title] = locatePaths(chart, [['positions', 1, 'title']]);
    expect(lines.locate(title!.start)).toEqual({ line: 5, column: 7 });
    expect(chart.slice(title!.valueStart, title!.end)).toBe('"CFO"');
  });

  it('falls back to the nearest enclosing value for a missing path', () => {
    const lines = new LineIndex(chart);
    const [missing, root] = locatePaths(chart, [['positions', 0, 'reportsTo'], []]);
    expect(lines.locate(missing!.start)).toEqual({ line: 3, column: 5 });
    expect(lines.locate(root!.start)).toEqual({ line: 1, column: 1 });
  });
});

describe('locatePositionIds', () => {
  it("gives the span of each position's id member, by index", () => {
    const spans = locatePositionIds(chart);
    expect(spans.map((span) => chart.slice(span!.start, span!.end))).toEqual([
      '"id": "ceo"',
      '"id": "cfo"',
    ]);
  });

  it('ignores ids elsewhere in the document', () => {
    const spans = locatePositionIds('{"id": "x", "company": {"id": "y"}, "positions": [{}]}');
    expect(spans).toEqual([]);
  });
});
