import { orgChart, RuleTester } from '../testing/index.js';
import rule from './single-top.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'one position', chart: orgChart('ceo: CEO') },
    { name: 'a CEO at the top', chart: orgChart('ceo: CEO\n  cfo: CFO\n  cto: CTO') },
    { name: 'a board above the CEO', chart: orgChart('board: Board\n  ceo: CEO\n    cfo: CFO') },
    {
      name: 'positions on a cycle or under an unknown manager are not tops',
      chart: orgChart('ceo: CEO\na: Team A [reportsTo=b]\n  b: Team B\nx: Lost [reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'a board and a CEO drawn side by side',
      chart: orgChart('board: Board\nceo: CEO\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['ceo', 'board'],
          severity: 'warning',
          messageId: 'secondTop',
          data: { position: '“CEO”', main: '“Board”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CEO”', manager: '“Board”' },
              output: orgChart('board: Board\n  ceo: CEO\n    cfo: CFO'),
            },
          ],
        },
      ],
    },
    {
      name: 'a stray unit beside a board with the CEO under it goes under the CEO',
      chart: orgChart('board: Bestyrelse\n  ceo: Adm. direktør\nsales: Salgschef\n  s1: Sælger'),
      findings: [
        {
          positionIds: ['sales', 'board'],
          messageId: 'secondTop',
          data: { position: '“Salgschef”', main: '“Bestyrelse”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Salgschef”', manager: '“Adm. direktør”' },
              output: orgChart(
                'board: Bestyrelse\n  ceo: Adm. direktør\nsales: Salgschef [reportsTo=ceo]\n  s1: Sælger',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'the board above the CEO wins over a board standing alone',
      chart: orgChart('sup: Supervisory board\nboard: Board\n  ceo: CEO'),
      findings: [
        {
          positionIds: ['sup', 'board'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Supervisory board”', manager: '“Board”' },
            },
          ],
        },
      ],
    },
    {
      name: 'two CEOs: the second one joins the board, not the CEO',
      chart: orgChart('board: Board\n  a: CEO\nb: CEO Denmark'),
      findings: [
        {
          positionIds: ['b', 'board'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“CEO Denmark”', manager: '“Board”' } },
          ],
        },
      ],
    },
    {
      name: 'no board: the CEO is the main top, whatever the team sizes',
      chart: orgChart('wh: Warehouse\n  w1: Picker\n  w2: Picker\n  w3: Picker\nceo: CEO\nit: IT'),
      findings: [
        {
          positionIds: ['wh', 'ceo'],
          messageId: 'secondTop',
          data: { position: '“Warehouse”', main: '“CEO”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Warehouse”', manager: '“CEO”' } },
          ],
        },
        {
          positionIds: ['it', 'ceo'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“IT”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'no board or CEO: the largest team is the main top',
      chart: orgChart('a: Team A\n  a1: Member\nb: Team B\n  b1: Member\n    b2: Member'),
      findings: [
        {
          positionIds: ['a', 'b'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Team A”', manager: '“Team B”' },
              output: orgChart(
                'a: Team A [reportsTo=b]\n  a1: Member\nb: Team B\n  b1: Member\n    b2: Member',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'teams of equal size: the first in chart order is the main top',
      chart: orgChart('a: Team A\nb: Team B'),
      findings: [
        {
          positionIds: ['b', 'a'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Team B”', manager: '“Team A”' } },
          ],
        },
      ],
    },
    {
      name: 'explicit roles make a box the board',
      chart: orgChart('x: Holding ApS [roles=board]\ny: Adm. direktør'),
      findings: [
        {
          positionIds: ['y', 'x'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Adm. direktør”', manager: '“Holding ApS”' },
            },
          ],
        },
      ],
    },
    {
      name: 'a later top sharing an id is reported but cannot be patched by id',
      chart: orgChart('a: CEO\n  b: CFO\na: Sales'),
      findings: [
        {
          positionIds: ['a', 'a'],
          messageId: 'secondTop',
          data: { position: '“Sales”', main: '“CEO”' },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('__proto__: CEO\nconstructor: Sales'),
      findings: [
        {
          positionIds: ['constructor', '__proto__'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Sales”', manager: '“CEO”' },
              output: orgChart('__proto__: CEO\nconstructor: Sales [reportsTo=__proto__]'),
            },
          ],
        },
      ],
    },
  ],
});
