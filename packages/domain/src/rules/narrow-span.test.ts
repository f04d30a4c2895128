import { describe, expect, it } from 'vitest';
import type { Chart, Position } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './narrow-span.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'a single position', chart: orgChart('ceo: CEO') },
    {
      name: 'managers with two or more reports',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    a: Dev\n    b: Dev\n  cfo: CFO'),
    },
    {
      name: 'a board whose one report is the CEO',
      chart: orgChart('board: Board of directors\n  ceo: CEO\n    cto: CTO\n    cfo: CFO'),
    },
    {
      name: 'owners above a board above the CEO (explicit roles)',
      chart: orgChart(`
        owners: Eierkreds [roles=board]
          board: Bestyrelse
            ceo: Adm. direktør
              cfo: Økonomidirektør
              cto: Teknisk direktør
      `),
    },
    {
      name: 'a board whose one report has a title not recognised as the CEO',
      chart: orgChart(
        'board: Raad van commissarissen\n  md: Bestuurder\n    a: Ops lead\n    b: Sales lead',
      ),
    },
    {
      name: 'a two-position loop is reporting-cycle’s finding, not a narrow span',
      chart: orgChart('a: Lead A [reportsTo=b]\nb: Lead B [reportsTo=a]'),
    },
    {
      name: 'a manager under an unknown manager has no layer to judge',
      chart: orgChart('lead: Lead [reportsTo=ghost]\n  dev: Developer'),
    },
  ],
  invalid: [
    {
      name: 'a middle manager with one report, moved up a layer',
      chart: orgChart(`
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
              eng: Engineering manager
                a: Developer
                b: Developer
          cfo: CFO
      `),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          severity: 'info',
          messageId: 'oneReport',
          data: { position: '“CTO”', report: '“VP Engineering”' },
          suggestions: [
            {
              title: 'Remove a layer: let “VP Engineering” report to “CEO”',
              output: orgChart(`
                ceo: CEO
                  cto: CTO
                  vpe: VP Engineering
                    eng: Engineering manager
                      a: Developer
                      b: Developer
                  cfo: CFO
              `),
            },
          ],
        },
        {
          positionIds: ['vpe', 'eng'],
          messageId: 'oneReport',
          data: { position: '“VP Engineering”', report: '“Engineering manager”' },
          suggestions: [{ title: 'Remove a layer: let “Engineering manager” report to “CTO”' }],
        },
      ],
    },
    {
      name: 'a CEO with a single number two: info, and no move under the board',
      chart: orgChart(`
        board: Board
          ceo: CEO
            coo: COO
              cfo: CFO
              cto: CTO
      `),
      findings: [
        {
          positionIds: ['ceo', 'coo'],
          severity: 'info',
          messageId: 'ceoNumberTwo',
          data: { position: '“CEO”', report: '“COO”' },
        },
      ],
    },
    {
      name: 'a CEO at the top with a single report has nowhere to move it',
      chart: orgChart('ceo: CEO\n  coo: COO\n    a: Ops lead\n    b: Sales lead'),
      findings: [
        {
          positionIds: ['ceo', 'coo'],
          messageId: 'ceoNumberTwo',
          data: { position: '“CEO”', report: '“COO”' },
        },
      ],
    },
    {
      name: 'a manager right under the board has no move (the board would gain a report)',
      chart: orgChart('board: Board\n  md: Managing partner\n    a: Partner'),
      findings: [{ positionIds: ['md', 'a'] }],
    },
    {
      name: 'explicit roles decide, not titles: a "board" that is an ordinary team',
      chart: orgChart(`
        ceo: CEO
          board: Board [roles=]
            ceo2: CEO [roles=]
      `),
      findings: [
        {
          positionIds: ['ceo', 'board'],
          messageId: 'ceoNumberTwo',
          data: { position: '“CEO”', report: '“Board”' },
        },
        {
          positionIds: ['board', 'ceo2'],
          suggestions: [{ title: 'Remove a layer: let “CEO” report to “CEO”' }],
        },
      ],
    },
    {
      name: 'a report that shares its id with an earlier position cannot be moved by id',
      chart: orgChart(`
        ceo: CEO
          x: Analyst
          lead: Lead
            x: Analyst
      `),
      findings: [
        {
          positionIds: ['lead', 'x'],
          messageId: 'oneReport',
          data: { position: '“Lead”', report: '“Analyst”' },
        },
      ],
    },
    {
      name: 'a leaf manager below a loop-free part of a chart with a loop elsewhere',
      chart: orgChart(`
        ceo: CEO
          lead: Lead
            dev: Developer
          ops: Ops
        a: Loop A [reportsTo=b]
        b: Loop B [reportsTo=a]
      `),
      findings: [
        {
          positionIds: ['lead', 'dev'],
          suggestions: [
            {
              title: 'Remove a layer: let “Developer” report to “CEO”',
              output: orgChart(`
                ceo: CEO
                  lead: Lead
                  dev: Developer
                  ops: Ops
                a: Loop A [reportsTo=b]
                b: Loop B [reportsTo=a]
              `),
            },
          ],
        },
      ],
    },
  ],
});

describe('narrow-span on a long chain', () => {
  it('reports every single-report manager of a 100,000-deep chain in linear time', () => {
    const n = 100_000;
    const positions: Position[] = [{ id: 'p0', title: 'CEO' }];
    for (let k = 1; k < n; k++)
      positions.push({ id: `p${k}`, title: `Layer ${k}`, reportsTo: `p${k - 1}` });
    const chart: Chart = { version: 1, positions };
    const report = validate(chart, { ruleSet: [rule] });
    expect(report.findings).toHaveLength(n - 1);
    expect(report.findings[0]!.positionIds).toEqual(['p0', 'p1']);
    expect(report.findings[0]!.suggestions).toEqual([]);
    expect(report.findings[n - 2]!.positionIds).toEqual([`p${n - 2}`, `p${n - 1}`]);
    expect(report.findings[n - 2]!.suggestions[0]!.patch).toEqual([
      { op: 'setReportsTo', positionId: `p${n - 1}`, reportsTo: `p${n - 3}` },
    ]);
  });
});
