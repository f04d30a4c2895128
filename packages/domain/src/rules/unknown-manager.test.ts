import { orgChart, RuleTester } from '../testing/index.js';
import rule from './unknown-manager.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'every manager exists', chart: orgChart('ceo: CEO\n  cfo: CFO\n    acc: Accountant') },
    {
      name: 'null and absent managers are tops, not unknown',
      chart: orgChart('ceo: CEO\nboard: Board [reportsTo=]'),
    },
    {
      name: 'a line to a shared id goes to the first position (duplicate-id reports it)',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  cfo: COO\n    acc: Accountant [reportsTo=cfo]'),
    },
    {
      name: 'a cycle is not an unknown manager (reporting-cycle reports it)',
      chart: orgChart('a: A [reportsTo=b]\n  b: B'),
    },
    {
      name: 'ids that are Object.prototype names resolve like any other',
      chart: orgChart('__proto__: CEO\n  constructor: CFO\n    toString: Accountant'),
    },
  ],
  invalid: [
    {
      name: 'a manager id that no position has',
      chart: orgChart('ceo: CEO\n  cfo: CFO [reportsTo=finance]\n    acc: Accountant'),
      findings: [
        {
          positionIds: ['cfo'],
          severity: 'error',
          messageId: 'unknownManager',
          data: { position: '“CFO”', reportsTo: 'finance' },
          suggestions: [
            {
              title: 'Make “CFO” a top of the chart',
              output: orgChart('ceo: CEO\n  cfo: CFO [reportsTo=]\n    acc: Accountant'),
            },
          ],
        },
      ],
    },
    {
      name: 'a typo in case: the likely position comes first',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  acc: Accountant [reportsTo=Cfo]'),
      findings: [
        {
          positionIds: ['acc'],
          messageId: 'unknownManager',
          data: { position: '“Accountant”', reportsTo: 'Cfo' },
          suggestions: [
            {
              title: 'Let “Accountant” report to “CFO” (id "cfo")',
              output: orgChart('ceo: CEO\n  cfo: CFO\n  acc: Accountant [reportsTo=cfo]'),
            },
            { title: 'Make “Accountant” a top of the chart' },
          ],
        },
      ],
    },
    {
      name: 'a typo in surrounding spaces',
      chart: {
        positions: [
          { id: 'ceo', title: 'CEO' },
          { id: 'acc', title: 'Accountant', reportsTo: ' ceo ' },
        ],
      },
      findings: [
        {
          positionIds: ['acc'],
          messageId: 'unknownManager',
          data: { position: '“Accountant”', reportsTo: ' ceo ' },
          suggestions: [
            { title: 'Let “Accountant” report to “CEO” (id "ceo")' },
            { title: 'Make “Accountant” a top of the chart' },
          ],
        },
      ],
    },
    {
      name: 'the likely position inside its own team is no way out (it would close a loop)',
      chart: orgChart('cto: CTO [reportsTo=VPE]\n  vpe: VP Engineering'),
      findings: [
        { positionIds: ['cto'], suggestions: [{ title: 'Make “CTO” a top of the chart' }] },
      ],
    },
    {
      name: 'a position that almost names itself is not told to report to itself',
      chart: orgChart('ceo: CEO\ncfo: CFO [reportsTo=CFO]'),
      findings: [
        { positionIds: ['cfo'], suggestions: [{ title: 'Make “CFO” a top of the chart' }] },
      ],
    },
    {
      name: 'every dangling line is its own finding, in chart order',
      chart: orgChart('ceo: CEO\na: A [reportsTo=x]\nb: B [reportsTo=y]'),
      findings: [
        {
          positionIds: ['a'],
          messageId: 'unknownManager',
          data: { position: '“A”', reportsTo: 'x' },
          suggestions: [{ title: /top of the chart/ }],
        },
        {
          positionIds: ['b'],
          messageId: 'unknownManager',
          data: { position: '“B”', reportsTo: 'y' },
          suggestions: [{ title: /top of the chart/ }],
        },
      ],
    },
    {
      name: 'a later position sharing an id is reported without a patch',
      chart: orgChart('ceo: CEO\n  cfo: CFO\ncfo: Finance lead [reportsTo=ghost]'),
      findings: [
        {
          positionIds: ['cfo'],
          messageId: 'unknownManager',
          data: { position: '“Finance lead”', reportsTo: 'ghost' },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('constructor: CEO\n__proto__: CFO [reportsTo=Constructor]'),
      findings: [
        {
          positionIds: ['__proto__'],
          suggestions: [
            {
              title: 'Let “CFO” report to “CEO” (id "constructor")',
              output: orgChart('constructor: CEO\n__proto__: CFO [reportsTo=constructor]'),
            },
            { title: 'Make “CFO” a top of the chart' },
          ],
        },
      ],
    },
  ],
});
