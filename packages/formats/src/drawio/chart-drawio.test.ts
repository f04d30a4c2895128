import { generateChart, orgChart } from '@orgwise/domain/testing';
import { type Element, Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { chartDrawio } from './chart-drawio.js';

const parse = (text: string) => new new Window().DOMParser().parseFromString(text, 'text/xml');

describe('the draw.io export', () => {
  it('draws a card per position and an edge per reporting and dotted line', () => {
    const chart = generateChart(400);
    const document = parse(chartDrawio(chart));
    expect(document.querySelector('parsererror')).toBeNull();
    const cards = [...document.querySelectorAll('object')];
    expect(cards.map((card) => card.getAttribute('orgwiseId'))).toEqual(
      chart.positions.map((position) => position.id),
    );
    for (const card of cards) {
      const cell = card.querySelector('mxCell');
      expect(cell?.getAttribute('vertex')).toBe('1');
      const geometry = cell?.querySelector('mxGeometry');
      expect(Number.isFinite(Number(geometry?.getAttribute('x')))).toBe(true);
      expect(Number.isFinite(Number(geometry?.getAttribute('y')))).toBe(true);
    }
    const idOf = (cell: string | null) =>
      chart.positions[Number(cell?.replace('position-', ''))]?.id;
    const edges = [...document.querySelectorAll('mxCell[edge="1"]')];
    const solid = edges.filter((edge) => edge.getAttribute('id')?.startsWith('line-'));
    expect(
      Object.fromEntries(
        solid.map((edge) => [idOf(edge.getAttribute('target')), idOf(edge.getAttribute('source'))]),
      ),
    ).toEqual(
      Object.fromEntries(
        chart.positions
          .filter((position) => position.reportsTo)
          .map((position) => [position.id, position.reportsTo]),
      ),
    );
    expect(edges.length - solid.length).toBe(chart.dottedLines?.length ?? 0);
  });

  it('keeps titles with markup and quotes as text, managers above their reports', () => {
    const chart = orgChart(`
      ceo: CEO & "Founder" <b>
        cto: CTO
    `);
    const document = parse(chartDrawio(chart));
    const [ceo, cto] = [...document.querySelectorAll('object')];
    expect(ceo?.getAttribute('label')).toBe('<b>CEO &amp; "Founder" &lt;b&gt;</b>');
    const y = (card: Element | undefined) =>
      Number(card?.querySelector('mxGeometry')?.getAttribute('y'));
    expect(y(cto)).toBeGreaterThan(y(ceo));
  });
});
