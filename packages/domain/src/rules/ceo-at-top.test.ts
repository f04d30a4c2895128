import { orgChart, RuleTester } from '../testing/index.js';
import rule from './ceo-at-top.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'a CEO at the top', chart: orgChart('ceo: CEO\n  cfo: CFO') },
    { name: 'a CEO under the board', chart: orgChart('board: Board\n  ceo: CEO\n    cfo: CFO') },
    {
      name: 'a CEO under a position with explicit board roles',
      chart: orgChart('owners: Holding company [roles=board]\n  ceo: Adm. direktør'),
    },
    {
      name: 'two CEOs at the top (single-top and duplicate-executive report that)',
      chart: orgChart('a: CEO\nb: Co-CEO'),
    },
    {
      name: 'explicit roles say the "CEO" box is not the CEO',
      chart: orgChart('coo: COO\n  x: CEO [roles=cfo]\n  y: CEO office [roles=]'),
    },
    {
      name: 'a CEO on a reporting cycle (reporting-cycle reports it)',
      chart: orgChart('ceo: CEO [reportsTo=coo]\n  coo: COO'),
    },
    {
      name: 'a CEO under an unknown manager (unknown-manager reports it)',
      chart: orgChart('ceo: CEO [reportsTo=ghost]'),
    },
    {
      name: 'a CEO under a top box with no role: the owners, a holding or an executive body',
      chart: orgChart(
        'holding: Acme Holding ApS\n  ceo: CEO\n    cfo: CFO\ndirektion: Direktion\n  ad: Adm. direktør',
      ),
    },
    {
      name: 'a country CEO under the group CEO leads a unit (its title says so)',
      chart: orgChart('board: Board\n  group: Group CEO\n    dk: CEO Denmark'),
    },
    {
      name: 'a subsidiary’s CEO under the group CEO leads a unit (its place says so)',
      chart: orgChart('board: Board\n  group: Group CEO\n    sub: CEO\n      cfo: CFO'),
    },
    {
      name: 'a position stated to lead a unit',
      chart: {
        positions: [
          { id: 'board', title: 'Board' },
          { id: 'coo', title: 'COO', reportsTo: 'board' },
          { id: 'ceo', title: 'CEO', reportsTo: 'coo', scope: 'unit' },
        ],
      },
    },
    {
      name: 'a CEO below an unknown manager further up',
      chart: orgChart('x: Holding [reportsTo=ghost]\n  coo: COO\n    ceo: CEO'),
    },
  ],
  invalid: [
    {
      name: 'a CEO under the COO, with a board to report to',
      chart: orgChart(`
        board: Board of directors
        coo: COO
          ceo: CEO
            cfo: CFO
      `),
      findings: [
        {
          positionIds: ['ceo', 'coo'],
          // Unusual, not broken: a warning (seed article and legal explainer only).
          severity: 'warning',
          messageId: 'ceoUnderManager',
          data: { ceo: '“CEO”', manager: '“COO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CEO”', manager: '“Board of directors”' },
              output: orgChart(`
                board: Board of directors
                coo: COO
                  ceo: CEO [reportsTo=board]
                    cfo: CFO
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'a Danish CEO under the finance director, with a Danish board',
      chart: orgChart('bestyrelse: Bestyrelse\nokonomi: Økonomidirektør\n  ceo: Adm. direktør'),
      findings: [
        {
          positionIds: ['ceo', 'okonomi'],
          messageId: 'ceoUnderManager',
          data: { ceo: '“Adm. direktør”', manager: '“Økonomidirektør”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Adm. direktør”', manager: '“Bestyrelse”' },
            },
          ],
        },
      ],
    },
    {
      name: 'no board: the CEO becomes a top of the chart',
      chart: orgChart('cfo: CFO\n  ceo: CEO\n    cto: CTO'),
      findings: [
        {
          positionIds: ['ceo', 'cfo'],
          suggestions: [
            {
              title: 'Make “CEO” a top of the chart',
              output: orgChart('cfo: CFO\nceo: CEO [reportsTo=]\n  cto: CTO'),
            },
          ],
        },
      ],
    },
    {
      name: 'a board inside the CEO’s own team is no way out (it would close a loop)',
      chart: orgChart('coo: COO\n  ceo: CEO\n    board: Board'),
      findings: [
        { positionIds: ['ceo', 'coo'], suggestions: [{ title: 'Make “CEO” a top of the chart' }] },
      ],
    },
    {
      name: 'two boards: no single board to report to',
      chart: orgChart('a: Board\nb: Supervisory board\ncoo: COO\n  ceo: CEO'),
      findings: [
        { positionIds: ['ceo', 'coo'], suggestions: [{ title: 'Make “CEO” a top of the chart' }] },
      ],
    },
    {
      name: 'a board under an unknown manager is no anchor',
      chart: orgChart('board: Board [reportsTo=ghost]\ncoo: COO\n  ceo: CEO'),
      findings: [
        { positionIds: ['ceo', 'coo'], suggestions: [{ title: 'Make “CEO” a top of the chart' }] },
      ],
    },
    {
      name: 'the company’s CEO drawn under the group CFO, below the board',
      chart: orgChart('board: Board\n  cfo: Group CFO\n    ceo: CEO'),
      findings: [
        {
          positionIds: ['ceo', 'cfo'],
          messageId: 'ceoUnderManager',
          data: { ceo: '“CEO”', manager: '“Group CFO”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“CEO”', manager: '“Board”' } },
          ],
        },
      ],
    },
    {
      name: 'explicit roles make a position the CEO',
      chart: orgChart('ops: Head of Operations [roles=coo]\n  md: Managing partner [roles=ceo]'),
      findings: [
        {
          positionIds: ['md', 'ops'],
          suggestions: [{ title: 'Make “Managing partner” a top of the chart' }],
        },
      ],
    },
    {
      name: 'a top box with a role of its own is a manager inside the company, not governance',
      chart: orgChart('it: IT Manager\n  ceo: CEO'),
      findings: [
        { positionIds: ['ceo', 'it'], suggestions: [{ title: 'Make “CEO” a top of the chart' }] },
      ],
    },
    {
      name: 'a dual-hatted CEO/CTO under the VP Engineering',
      chart: orgChart('board: Board\nvpe: VP Engineering\n  boss: CEO/CTO'),
      findings: [
        {
          positionIds: ['boss', 'vpe'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“CEO/CTO”', manager: '“Board”' } },
          ],
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('constructor: Board\n__proto__: CFO\n  toString: CEO'),
      findings: [
        {
          positionIds: ['toString', '__proto__'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CEO”', manager: '“Board”' },
              output: orgChart(
                'constructor: Board\n__proto__: CFO\n  toString: CEO [reportsTo=constructor]',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a later position sharing the CEO id is reported but cannot be patched by id',
      chart: orgChart('board: Board\n  ceo: CEO\ncfo: CFO\n  ceo: Chief Executive Officer'),
      findings: [
        {
          positionIds: ['ceo', 'cfo'],
          messageId: 'ceoUnderManager',
          data: { ceo: '“Chief Executive Officer”', manager: '“CFO”' },
        },
      ],
    },
  ],
});
