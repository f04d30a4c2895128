import type { Chart } from '../chart/schema.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './duplicate-id.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'unique ids', chart: orgChart('ceo: CEO\n  cfo: CFO\n  cto: CTO') },
    {
      name: 'ids differ in case: two ids',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  CFO: Deputy CFO'),
    },
    {
      name: 'ids that are Object.prototype names, once each',
      chart: orgChart('__proto__: CEO\n  constructor: CFO\n  toString: CTO'),
    },
  ],
  invalid: [
    {
      name: 'two different positions share an id',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    vpe: VP Engineering\n  cto: Teknisk direktør'),
      findings: [
        {
          positionIds: ['cto'],
          severity: 'error',
          messageId: 'sharedId',
          data: { count: 2, id: 'cto', titles: '“CTO”, “Teknisk direktør”' },
        },
      ],
    },
    {
      name: 'a position pasted twice, with nothing pointing at it, loses its copy',
      chart: orgChart(
        'ceo: CEO\n  dev: Developer [holder=Ane]\n  dev: Developer [holder=Ane]\n  qa: Tester',
      ),
      findings: [
        {
          positionIds: ['dev'],
          messageId: 'sharedId',
          data: { count: 2, id: 'dev', titles: '“Developer”, “Developer”' },
          suggestions: [
            {
              title: 'Remove the repeated copy of “Developer”',
              output: orgChart('ceo: CEO\n  dev: Developer [holder=Ane]\n  qa: Tester'),
            },
          ],
        },
      ],
    },
    {
      name: 'three copies lose two',
      chart: orgChart('ceo: CEO\n  x: Analyst\n  x: Analyst\n  x: Analyst'),
      findings: [
        {
          positionIds: ['x'],
          messageId: 'sharedId',
          data: { count: 3, id: 'x', titles: '“Analyst”, “Analyst”, “Analyst”' },
          suggestions: [
            {
              title: 'Remove the 2 repeated copies of “Analyst”',
              output: orgChart('ceo: CEO\n  x: Analyst'),
            },
          ],
        },
      ],
    },
    {
      name: 'copies that differ in any field are not removed',
      chart: orgChart('ceo: CEO\n  dev: Developer [holder=Ane]\n  dev: Developer [holder=Bo]'),
      findings: [{ positionIds: ['dev'] }],
    },
    {
      name: 'copies with a team under the id are not removed (the team would move)',
      chart: orgChart(
        'ceo: CEO\n  it: Head of IT\n    ops: Operations\n  it: Head of IT [reportsTo=ceo]',
      ),
      findings: [{ positionIds: ['it'] }],
    },
    {
      name: 'copies with a dotted line at the id are not removed (the line would go)',
      chart: {
        ...orgChart('ceo: CEO\n  cto: CTO\n  it: Head of IT\n  it: Head of IT'),
        dottedLines: [{ from: 'it', to: 'cto' }],
      } satisfies Chart,
      findings: [{ positionIds: ['it'] }],
    },
    {
      name: 'two clashes give two findings, in chart order',
      chart: orgChart('a: CEO\n  b: CFO\n  b: COO\n  a: CTO'),
      findings: [
        {
          positionIds: ['a'],
          messageId: 'sharedId',
          data: { count: 2, id: 'a', titles: '“CEO”, “CTO”' },
        },
        {
          positionIds: ['b'],
          messageId: 'sharedId',
          data: { count: 2, id: 'b', titles: '“CFO”, “COO”' },
        },
      ],
    },
    {
      name: 'a long list of titles is cut short',
      chart: orgChart(
        ['ceo: CEO', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `  p: Team ${n}`)].join('\n'),
      ),
      findings: [
        {
          positionIds: ['p'],
          messageId: 'sharedId',
          data: {
            count: 8,
            id: 'p',
            titles: '“Team 1”, “Team 2”, “Team 3”, “Team 4”, “Team 5”, “Team 6”, …',
          },
        },
      ],
    },
    {
      name: 'blank titles are named by their id',
      chart: {
        positions: [
          { id: 'x', title: '' },
          { id: 'x', title: ' ', reportsTo: 'y' },
        ],
      },
      findings: [
        {
          positionIds: ['x'],
          messageId: 'sharedId',
          data: { count: 2, id: 'x', titles: '"x", "x"' },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('__proto__: CEO\n  constructor: CFO\n  constructor: CFO\n__proto__: Board'),
      findings: [
        {
          positionIds: ['__proto__'],
          messageId: 'sharedId',
          data: { count: 2, id: '__proto__', titles: '“CEO”, “Board”' },
        },
        {
          positionIds: ['constructor'],
          suggestions: [
            {
              title: 'Remove the repeated copy of “CFO”',
              output: orgChart('__proto__: CEO\n  constructor: CFO\n__proto__: Board'),
            },
          ],
        },
      ],
    },
  ],
});
