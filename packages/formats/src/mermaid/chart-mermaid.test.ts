import { generateChart, orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { chartMermaid } from './chart-mermaid.js';

describe('the Mermaid export', () => {
  it('is a flowchart with a node per position and a line per reporting and dotted line', () => {
    const chart = generateChart(300);
    const text = chartMermaid(chart);
    const rows = text.trimEnd().split('\n');
    expect(rows[0]).toBe('flowchart TD');
    const nodes = rows.filter((row) => /^ {2}\S+\["/.test(row));
    expect(nodes).toHaveLength(chart.positions.length);
    const nodeOf = new Map(
      nodes.map((row, index) => [row.trim().split('[')[0]!, chart.positions[index]!.id]),
    );
    const solid = rows
      .filter((row) => row.includes(' --> '))
      .map((row) => row.trim().split(' --> '));
    expect(
      Object.fromEntries(solid.map(([from, to]) => [nodeOf.get(to!), nodeOf.get(from!)])),
    ).toEqual(
      Object.fromEntries(
        chart.positions
          .filter((position) => position.reportsTo)
          .map((position) => [position.id, position.reportsTo]),
      ),
    );
    const dotted = rows.filter((row) => row.includes(' -.-> '));
    expect(dotted).toHaveLength(chart.dottedLines?.length ?? 0);
  });

  it('escapes ids and quotes titles', () => {
    const chart = orgChart(`
      end: CEO "The Boss" #1
        a.b/c: <CTO>
    `);
    expect(chartMermaid(chart)).toBe(
      [
        'flowchart TD',
        '  p0_end["CEO #quot;The Boss#quot; #35;1"]',
        '  p1_a_b_c["#lt;CTO#gt;"]',
        '  p0_end --> p1_a_b_c',
        '',
      ].join('\n'),
    );
  });
});
