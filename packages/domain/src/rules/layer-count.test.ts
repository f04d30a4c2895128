import { describe, expect, it } from 'vitest';
import type { Chart, Company, Position } from '../chart/schema.js';
import { parseRuleSettings } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './layer-count.js';

/** A single chain of `layers` positions, p0 at the top, built in a loop. */
function chain(layers: number, company?: Company, top: Position[] = []): Chart {
  const positions: Position[] = [...top];
  const above = top.length > 0 ? top[top.length - 1]!.id : null;
  for (let k = 0; k < layers; k++)
    positions.push({
      id: `p${k}`,
      title: k === 0 ? 'CEO' : `Layer ${k + 1}`,
      reportsTo: k === 0 ? above : `p${k - 1}`,
    });
  return company === undefined ? { version: 1, positions } : { version: 1, company, positions };
}

/** Ids of the chain from the deepest position up to the top, as the finding lists them. */
const upFrom = (layers: number) => Array.from({ length: layers }, (_, k) => `p${layers - 1 - k}`);

const board: Position[] = [{ id: 'board', title: 'Board of directors' }];

/** The finding of a chain of `layers` from “CEO” down to “Layer n”, for a company of `headcount`. */
function tooDeepChain(layers: number, headcount: number, limit: number) {
  const data = {
    layers,
    sized: 'yes',
    headcount,
    limit,
    top: '“CEO”',
    deepest: `“Layer ${layers}”`,
  };
  return { messageId: 'tooDeep', data };
}

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: '3 layers for 49 staff', chart: chain(3, { headcount: 49 }) },
    { name: '4 layers for 50 staff', chart: chain(4, { headcount: 50 }) },
    { name: '4 layers for 199 staff', chart: chain(4, { headcount: 199 }) },
    { name: '5 layers for 200 staff', chart: chain(5, { headcount: 200 }) },
    { name: '5 layers for 499 staff', chart: chain(5, { headcount: 499 }) },
    { name: '9 layers for 500 staff', chart: chain(9, { headcount: 500 }) },
    { name: '9 layers with no headcount', chart: chain(9) },
    {
      name: '9 layers for a company with a name but no headcount',
      chart: chain(9, { name: 'Acme' }),
    },
    {
      name: 'a board above the CEO is not a layer',
      chart: chain(3, { headcount: 30 }, board),
    },
    {
      name: 'owners and a board above the CEO are not layers',
      chart: chain(3, { headcount: 30 }, [
        { id: 'owners', title: 'Ejere', roles: ['board'] },
        { id: 'board', title: 'Bestyrelse', reportsTo: 'owners' },
      ]),
    },
    {
      name: 'a loop below the top has no layers',
      chart: orgChart(
        `
        ceo: CEO
          a: A
        x: X [reportsTo=z]
          y: Y
            z: Z
              w: W
      `,
        { headcount: 10 },
      ),
    },
    {
      name: 'positions under an unknown manager have no layers',
      chart: orgChart('ceo: CEO\nx: X [reportsTo=ghost]\n  y: Y\n    z: Z\n      w: W', {
        headcount: 10,
      }),
    },
    {
      name: 'a raised bracket',
      chart: chain(4, { headcount: 30 }),
      setting: ['info', { limits: [{ below: 50, maxLayers: 4 }] }],
    },
  ],
  invalid: [
    {
      name: '4 layers for 40 staff',
      chart: orgChart(
        `
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
              eng: Engineering manager
          cfo: CFO
      `,
        { headcount: 40 },
      ),
      findings: [
        {
          positionIds: ['eng', 'vpe', 'cto', 'ceo'],
          severity: 'info',
          messageId: 'tooDeep',
          data: {
            layers: 4,
            sized: 'yes',
            headcount: 40,
            limit: 3,
            top: '“CEO”',
            deepest: '“Engineering manager”',
          },
        },
      ],
    },
    {
      name: '5 layers for 199 staff, a board above not counted nor listed',
      chart: chain(5, { headcount: 199 }, board),
      findings: [
        {
          positionIds: upFrom(5),
          ...tooDeepChain(5, 199, 4),
        },
      ],
    },
    {
      name: '6 layers for 200 staff',
      chart: chain(6, { headcount: 200 }),
      findings: [
        {
          positionIds: upFrom(6),
          ...tooDeepChain(6, 200, 5),
        },
      ],
    },
    {
      name: '10 layers for 1,200 staff',
      chart: chain(10, { headcount: 1200 }),
      findings: [
        {
          positionIds: upFrom(10),
          ...tooDeepChain(10, 1200, 9),
        },
      ],
    },
    {
      name: '10 layers with no headcount: only the absolute maximum applies',
      chart: chain(10),
      findings: [
        {
          positionIds: upFrom(10),
          messageId: 'tooDeep',
          data: { layers: 10, sized: 'no', limit: 9, top: '“CEO”', deepest: '“Layer 10”' },
        },
      ],
    },
    {
      name: 'a headcount of 0 falls in the smallest bracket',
      chart: chain(4, { headcount: 0 }),
      findings: [
        {
          positionIds: upFrom(4),
          ...tooDeepChain(4, 0, 3),
        },
      ],
    },
    {
      name: 'the first of two equally deep chains, across two tops',
      chart: orgChart(
        `
        a: Top A
          a1: A1
            a2: A2
        b: Top B
          b1: B1
            b2: B2
              b3: B3
        c: Top C
          c1: C1
            c2: C2
              c3: C3
      `,
        { headcount: 20 },
      ),
      findings: [
        {
          positionIds: ['b3', 'b2', 'b1', 'b'],
          messageId: 'tooDeep',
          data: {
            layers: 4,
            sized: 'yes',
            headcount: 20,
            limit: 3,
            top: '“Top B”',
            deepest: '“B3”',
          },
        },
      ],
    },
    {
      name: 'a chain with a loop elsewhere in the chart',
      chart: orgChart('ceo: CEO\n  a: A\n    b: B\n      c: C\nx: X [reportsTo=x]', {
        headcount: 10,
      }),
      findings: [{ positionIds: ['c', 'b', 'a', 'ceo'] }],
    },
    {
      name: 'a duplicate id: reports go to the first position with the id',
      chart: orgChart(
        `
        ceo: CEO
          m: Manager
            t: Team lead
          m: Other manager
        x: Engineer [reportsTo=t]
          y: Intern
      `,
        { headcount: 10 },
      ),
      findings: [{ positionIds: ['y', 'x', 't', 'm', 'ceo'] }],
    },
    {
      name: 'explicit roles decide what is a board',
      chart: chain(4, { headcount: 30 }, [{ id: 'board', title: 'Board', roles: [] }]),
      findings: [
        {
          positionIds: [...upFrom(4), 'board'],
          messageId: 'tooDeep',
          data: {
            layers: 5,
            sized: 'yes',
            headcount: 30,
            limit: 3,
            top: '“Board”',
            deepest: '“Layer 4”',
          },
        },
      ],
    },
    {
      name: 'a stricter configured limit with the severity the user chose',
      chart: chain(3, { headcount: 30 }),
      setting: ['warning', { limits: [{ below: 50, maxLayers: 2 }] }],
      findings: [
        {
          positionIds: upFrom(3),
          severity: 'warning',
          ...tooDeepChain(3, 30, 2),
        },
      ],
    },
    {
      name: 'maxLayers caps every bracket',
      chart: chain(5, { headcount: 300 }),
      setting: ['info', { maxLayers: 4 }],
      findings: [
        {
          positionIds: upFrom(5),
          ...tooDeepChain(5, 300, 4),
        },
      ],
    },
    {
      name: 'no brackets: only maxLayers applies, whatever the headcount',
      chart: chain(6, { headcount: 10 }),
      setting: ['info', { limits: [], maxLayers: 5 }],
      findings: [
        {
          positionIds: upFrom(6),
          ...tooDeepChain(6, 10, 5),
        },
      ],
    },
    {
      name: 'a 100,000-deep chain, built in a loop',
      chart: chain(100_000, { headcount: 100_000 }, board),
      findings: [
        {
          positionIds: upFrom(100_000),
          ...tooDeepChain(100000, 100000, 9),
        },
      ],
    },
  ],
});

describe('layer-count options', () => {
  it('defaults to the brackets of SP03 and a maximum of 9', () => {
    expect(rule.options?.parse({})).toEqual({
      limits: [
        { below: 50, maxLayers: 3 },
        { below: 200, maxLayers: 4 },
        { below: 500, maxLayers: 5 },
      ],
      maxLayers: 9,
    });
  });

  const issuesOf = (options: unknown) => {
    const parsed = parseRuleSettings({ 'layer-count': ['info', options] });
    return parsed.ok ? [] : parsed.issues;
  };

  it('rejects brackets out of order, pointing at the culprit', () => {
    const issues = issuesOf({
      limits: [
        { below: 200, maxLayers: 4 },
        { below: 50, maxLayers: 3 },
      ],
    });
    expect(issues).toEqual([
      {
        path: ['layer-count', 1, 'limits', 1, 'below'],
        message:
          'Limits must be sorted by "below", each larger than the one before (50 follows 200)',
      },
    ]);
  });

  it('rejects two brackets with the same bound', () => {
    const issues = issuesOf({
      limits: [
        { below: 50, maxLayers: 3 },
        { below: 50, maxLayers: 4 },
      ],
    });
    expect(issues.map((issue) => issue.path)).toEqual([['layer-count', 1, 'limits', 1, 'below']]);
  });

  it('rejects a larger company with a stricter limit', () => {
    const issues = issuesOf({
      limits: [
        { below: 50, maxLayers: 4 },
        { below: 200, maxLayers: 3 },
      ],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['layer-count', 1, 'limits', 1, 'maxLayers'],
    ]);
  });

  it.each([
    { maxLayers: 0 },
    { maxLayers: 2.5 },
    { limits: [{ below: 0, maxLayers: 3 }] },
    { limits: [{ below: 50 }] },
    { limits: [{ below: 50, maxLayers: 3, extra: true }] },
    { limit: 3 },
  ])('rejects %j', (options) => {
    expect(issuesOf(options)).not.toEqual([]);
  });
});
