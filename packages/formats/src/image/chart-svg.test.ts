import { describe, expect, it } from 'vitest';
import type { ChartPicture, PictureNode } from './chart-picture.js';
import { chartSvg } from './chart-svg.js';

const node = (id: string, x: number, y: number, extra: Partial<PictureNode> = {}): PictureNode => ({
  id,
  title: id.toUpperCase(),
  vacant: false,
  interim: false,
  roles: [],
  x,
  y,
  width: 200,
  height: 84,
  titleLines: 1,
  stacked: false,
  ...extra,
});

const picture: ChartPicture = {
  direction: 'TB',
  nodes: [
    node('ceo', 100, 0, { holder: 'Ingrid Dahl & Co <CEO>', roles: ['CEO'] }),
    node('cto', 0, 140, { roles: ['CTO'], interim: true }),
    node('cfo', 220, 140, { vacant: true, title: 'Økonomidirektør' }),
  ],
  edges: [
    { from: 'ceo', to: 'cto', kind: 'reporting' },
    { from: 'ceo', to: 'cfo', kind: 'reporting' },
    { from: 'cto', to: 'cfo', kind: 'dotted' },
  ],
};

describe('chartSvg', () => {
  const svg = chartSvg(picture, { title: 'Fjord' });

  it('is plain SVG: shapes and text, nothing embedded', () => {
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(svg).not.toMatch(/foreignObject|<div|<img|\sstyle=/);
    expect(svg.match(/<g data-id=/g)).toHaveLength(3);
  });

  it('writes each title, holder and badge as text, escaped', () => {
    expect(svg).toContain('>CEO</text>');
    expect(svg).toContain('>Økonomidirektør</text>');
    expect(svg).toContain('>Ingrid Dahl &amp; Co &lt;CEO&gt;</text>');
    expect(svg).toContain('>Interim</text>');
    expect(svg).toContain('font-style="italic">Vacant</text>');
    expect(svg).toContain('<title>Fjord</title>');
  });

  it('is sized to the cards with a margin', () => {
    expect(svg).toMatch(/width="500" height="304" viewBox="-40 -40 500 304"/);
  });

  it('routes reporting lines as steps from the manager to the top of each report', () => {
    expect(svg).toContain('d="M200 84V112H100V140"');
    expect(svg).toContain('d="M200 84V112H320V140"');
    expect(svg).toMatch(/d="M100 182L320 182"[^>]*stroke-dasharray="6 5"/);
  });

  it('routes into a stacked column down its gutter, and left to right from the side', () => {
    const stacked = chartSvg({
      direction: 'TB',
      nodes: [node('m', 0, 0), node('r', 28, 140, { stacked: true })],
      edges: [{ from: 'm', to: 'r', kind: 'reporting' }],
    });
    expect(stacked).toContain('d="M14 84V182H28"');
    const sideways = chartSvg({
      direction: 'LR',
      nodes: [node('m', 0, 0), node('r', 300, 100)],
      edges: [{ from: 'm', to: 'r', kind: 'reporting' }],
    });
    expect(sideways).toContain('d="M200 42H250V142H300"');
  });

  it('writes its own words in the language given', () => {
    const danish = chartSvg(picture, {
      labels: { untitled: 'Uden titel', vacant: 'Ubesat', interim: 'Konstitueret' },
    });
    expect(danish).toContain('>Ubesat</text>');
    expect(danish).toContain('>Konstitueret</text>');
  });

  it('drops characters XML cannot hold', () => {
    const odd = chartSvg({
      direction: 'TB',
      nodes: [node('a', 0, 0, { title: 'A\u0001B' })],
      edges: [],
    });
    expect(odd).toContain('>AB</text>');
  });
});
