import { orgChart } from '@orgwise/domain/testing';
import { chartSvg } from '@orgwise/formats';
import { buildForest } from '@orgwise/layout';
import { describe, expect, it } from 'vitest';
import { chartToFlow } from '../../../flow/chart-to-flow.js';
import { chartPictureFromFlow } from './chart-picture-from-flow.js';

const chart = orgChart(`
  ceo: CEO
    cto: CTO
      a: Engineer A
      b: Engineer B
      c: Engineer C
`);
chart.dottedLines = [{ from: 'a', to: 'ceo' }];

describe('chartPictureFromFlow', () => {
  const flow = chartToFlow(chart, buildForest(chart), { direction: 'TB', collapsed: {} });
  const picture = chartPictureFromFlow(flow.nodes, flow.edges);

  it('takes every card where the layout put it, with its roles as short names', () => {
    expect(picture.direction).toBe('TB');
    expect(picture.nodes.map((node) => node.id)).toEqual(['ceo', 'cto', 'a', 'b', 'c']);
    const cto = picture.nodes.find((node) => node.id === 'cto')!;
    const flowCto = flow.nodes.find((node) => node.id === 'cto')!;
    expect(cto).toMatchObject({ x: flowCto.position.x, y: flowCto.position.y, roles: ['CTO'] });
    expect(cto.width).toBeGreaterThan(0);
    // Three reports without teams stand in a stacked column.
    expect(picture.nodes.find((node) => node.id === 'a')!.stacked).toBe(true);
  });

  it('keeps the reporting and dotted lines, which the SVG draws', () => {
    expect(picture.edges).toContainEqual({ from: 'ceo', to: 'cto', kind: 'reporting' });
    expect(picture.edges.filter((edge) => edge.kind === 'dotted')).toHaveLength(1);
    const svg = chartSvg(picture);
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="#8593a6"/g)).toHaveLength(4);
    expect(svg).toContain('>Engineer B</text>');
  });
});
