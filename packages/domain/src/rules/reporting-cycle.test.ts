import { orgChart, RuleTester } from '../testing/index.js';
import rule from './reporting-cycle.js';

RuleTester.run(rule, {
  valid: [
    { name: 'a tree', chart: orgChart('ceo: CEO\n  cto: CTO\n    vpe: VP Engineering') },
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'a dangling manager is not a cycle',
      chart: orgChart('ceo: CEO\n  cto: CTO [reportsTo=nobody]'),
    },
  ],
  invalid: [
    {
      name: 'a position reporting to itself',
      chart: orgChart('ceo: CEO\n  cfo: CFO [reportsTo=cfo]'),
      findings: [
        {
          positionIds: ['cfo'],
          severity: 'error',
          messageId: 'reportsToItself',
          data: { position: '“CFO”' },
          suggestions: [{ title: 'Let “CFO” report to the CEO' }],
        },
      ],
    },
    {
      name: 'a loop of three, cut above its most senior member',
      chart: orgChart(`
        ceo: CEO
        cto: CTO [reportsTo=eng]
          vpe: VP Engineering
            eng: Engineering manager
      `),
      findings: [
        {
          positionIds: ['cto', 'eng', 'vpe'],
          messageId: 'cycle',
          data: {
            path: '“CTO” → “Engineering manager” → “VP Engineering”',
            cut: 'no',
            count: 3,
            first: '“CTO”',
          },
          suggestions: [
            {
              title: 'Let “CTO” report to the CEO',
              output: orgChart(`
                ceo: CEO
                  cto: CTO
                    vpe: VP Engineering
                      eng: Engineering manager
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'a self-loop whose id a later CEO shares is cut, not pointed at itself',
      chart: {
        positions: [
          { id: 'x', title: 'Head of Sales', reportsTo: 'x' },
          { id: 'x', title: 'CEO' },
        ],
      },
      findings: [
        {
          positionIds: ['x'],
          suggestions: [
            {
              title: 'Make “Head of Sales” a top of the chart',
              output: {
                positions: [
                  { id: 'x', title: 'Head of Sales', reportsTo: null },
                  { id: 'x', title: 'CEO' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'the CEO inside the loop becomes the top',
      chart: orgChart('ceo: CEO [reportsTo=coo]\n  coo: COO'),
      findings: [
        {
          positionIds: ['ceo', 'coo'],
          suggestions: [{ title: 'Make “CEO” a top of the chart' }],
        },
      ],
    },
    {
      name: 'a CEO hanging under the loop is not a way out of it',
      chart: orgChart('a: Team lead [reportsTo=b]\n  b: Team lead B\n    ceo: CEO'),
      findings: [
        {
          positionIds: ['a', 'b'],
          suggestions: [{ title: 'Make “Team lead” a top of the chart' }],
        },
      ],
    },
    {
      name: 'two separate loops give two findings',
      chart: orgChart('a: A [reportsTo=b]\nb: B [reportsTo=a]\nc: C [reportsTo=c]'),
      findings: [
        { positionIds: ['a', 'b'], suggestions: [{ title: /top of the chart/ }] },
        { positionIds: ['c'], suggestions: [{ title: /top of the chart/ }] },
      ],
    },
  ],
});
