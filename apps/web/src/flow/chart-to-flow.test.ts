import type { Chart } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { buildForest } from '@orgwise/layout';
import { describe, expect, it } from 'vitest';
import { chartToFlow, type FlowOptions } from './chart-to-flow.js';

const flowOf = (chart: Chart, options: Partial<FlowOptions> = {}) =>
  chartToFlow(chart, buildForest(chart), { direction: 'TB', collapsed: {}, ...options });

const sample = () => ({
  ...orgChart(`
    ceo: CEO [holder=Mette Jensen]
      cto: CTO & co-founder
      cio: Interim CIO
        it: Head of IT [vacant, roles=it-manager]
  `),
  dottedLines: [{ from: 'it', to: 'cto' }],
});

describe('chartToFlow', () => {
  it('makes a card node for every position with what the card shows', () => {
    const { nodes } = flowOf(sample());
    expect(nodes.map((node) => node.id)).toEqual(['ceo', 'cto', 'cio', 'it']);
    const byId = new Map(nodes.map((node) => [node.id, node.data] as const));
    expect(byId.get('ceo')).toMatchObject({
      holder: 'Mette Jensen',
      roles: ['ceo'],
      reports: 2,
      team: 3,
    });
    expect(byId.get('cio')).toMatchObject({ interim: true, roles: ['cio'], holder: null });
    expect(byId.get('it')).toMatchObject({ vacant: true, roles: ['it-manager'], reports: 0 });
    for (const node of nodes) {
      expect(node.type).toBe('position');
      expect(node.width).toBeGreaterThan(0);
      expect(node.measured).toEqual({ width: node.width, height: node.height });
    }
  });

  it('draws reporting lines as solid edges and dotted lines as their own kind', () => {
    const { edges } = flowOf(sample());
    const reporting = edges.filter((edge) => edge.data?.kind === 'reporting');
    expect(reporting.map((edge) => `${edge.source}>${edge.target}`)).toEqual([
      'ceo>cto',
      'ceo>cio',
      'cio>it',
    ]);
    const dotted = edges.filter((edge) => edge.data?.kind === 'dotted');
    expect(dotted).toEqual([
      expect.objectContaining({
        source: 'cto',
        target: 'it',
        className: 'edge-dotted',
        type: 'floating',
      }),
    ]);
  });

  it('hides a collapsed team and its lines but counts it on the card', () => {
    const { nodes, edges } = flowOf(sample(), { collapsed: { cio: true } });
    expect(nodes.map((node) => node.id)).toEqual(['ceo', 'cto', 'cio']);
    expect(nodes.find((node) => node.id === 'cio')!.data).toMatchObject({
      collapsed: true,
      team: 1,
    });
    expect(edges.some((edge) => edge.target === 'it' || edge.source === 'it')).toBe(false);
  });

  it('shows the positions of a reporting loop, marked, with the closing link', () => {
    const chart = orgChart(`
      ceo: CEO
      a: Head of A [reportsTo=b]
      b: Head of B [reportsTo=a]
    `);
    const { nodes, edges } = flowOf(chart);
    expect(nodes).toHaveLength(3);
    expect(nodes.find((node) => node.id === 'a')!.data.mark).toBe('cycle');
    expect(edges.filter((edge) => edge.data?.kind === 'loop')).toEqual([
      expect.objectContaining({ source: 'b', target: 'a', className: 'edge-loop' }),
    ]);
  });

  it('shows a position under an unknown manager, naming the manager', () => {
    const { nodes } = flowOf(orgChart('it: Head of IT [reportsTo=cio]'));
    expect(nodes[0]!.data).toMatchObject({ mark: 'unknown-manager', missingManager: 'cio' });
  });

  it('marks a repeated id and still draws both positions', () => {
    const { nodes } = flowOf(
      orgChart(`
        ceo: CEO
          x: First
          x: Second
      `),
    );
    expect(nodes.map((node) => [node.id, node.data.positionId, node.data.mark])).toEqual([
      ['ceo', 'ceo', null],
      ['x', 'x', null],
      ['x~2', 'x', 'duplicate-id'],
    ]);
  });

  it('keeps unchanged nodes identical so memoised cards skip rendering', () => {
    const chart = sample();
    const first = flowOf(chart);
    const renamed: Chart = {
      ...chart,
      positions: chart.positions.map((p) => (p.id === 'it' ? { ...p, holder: 'Ada' } : p)),
    };
    const second = chartToFlow(renamed, buildForest(renamed), {
      direction: 'TB',
      collapsed: {},
      previous: first,
    });
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[3]).not.toBe(first.nodes[3]);
    expect(second.nodes[3]!.data.holder).toBe('Ada');
    // No line changed: the same array, so React Flow keeps its index of the lines.
    expect(second.edges).toBe(first.edges);
    // Nothing the layout depends on changed either: it is reused, not computed again.
    expect(second.laidOut.layout).toBe(first.laidOut.layout);
  });

  it('gives a moved position a new edge', () => {
    const chart = sample();
    const first = flowOf(chart);
    const moved: Chart = {
      ...chart,
      positions: chart.positions.map((p) => (p.id === 'it' ? { ...p, reportsTo: 'ceo' } : p)),
    };
    const second = chartToFlow(moved, buildForest(moved), {
      direction: 'TB',
      collapsed: {},
      previous: first,
    });
    const edge = second.edges.find((candidate) => candidate.id === 'reporting:it')!;
    expect(edge.source).toBe('ceo');
    expect(first.edges).not.toContain(edge);
    expect(second.edges).not.toBe(first.edges);
    expect(second.laidOut.layout).not.toBe(first.laidOut.layout);
  });

  it('draws the lines into a stacked column from the manager’s stacking handle', () => {
    const chart = orgChart(`
      ceo: CEO
        a: Analyst A
        b: Analyst B
        c: Analyst C
    `);
    const { nodes, edges } = flowOf(chart);
    expect(nodes.filter((node) => node.data.stacked).map((node) => node.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(edges.map((edge) => edge.sourceHandle)).toEqual(['out-stack', 'out-stack', 'out-stack']);
    expect(nodes[1]!.handles?.find((handle) => handle.id === 'in')?.position).toBe('left');
  });

  it('turns the handles with the layout direction', () => {
    const { nodes } = flowOf(sample(), { direction: 'LR' });
    expect(nodes[0]!.handles?.map((handle) => handle.position)).toEqual(['left', 'right']);
    expect(nodes[0]!.data.direction).toBe('LR');
  });
});
