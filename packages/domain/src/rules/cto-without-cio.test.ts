import { orgChart, RuleTester } from '../testing/index.js';
import rule from './cto-without-cio.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'the CTO reports to the CEO',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    it: IT manager'),
    },
    {
      name: 'a CIO exists: the CTO’s line is another rule’s question',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    cto: CTO\n  cio: CIO'),
    },
    {
      name: 'a CIO anywhere counts, even a dual-hatted CIO/CTO under the CFO',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    tech: CIO/CTO'),
    },
    {
      name: 'a Danish IT-direktør is a CIO',
      chart: orgChart(
        'ceo: Adm. direktør\n  cfo: Økonomidirektør\n    tek: Teknologidirektør\n  it: IT-direktør',
      ),
    },
    {
      name: 'the CTO reports to the COO, a recognised line in manufacturers',
      chart: orgChart('ceo: CEO\n  coo: COO\n    cto: CTO\n      eng: Engineering team'),
    },
    {
      name: 'a head of technology under the CFO, with a CTO elsewhere, heads a department',
      chart: orgChart(
        'ceo: Adm. direktør\n  cto: Teknologidirektør\n  cfo: Økonomidirektør\n    tek: Teknologichef',
      ),
    },
    {
      name: 'a regional CTO under the CFO leads technology in a unit',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    cto: CTO Nordics'),
    },
    { name: 'no CEO at all', chart: orgChart('cfo: CFO\n  cto: CTO') },
    { name: 'a founder who is both CEO and CTO', chart: orgChart('f: CEO & CTO\n  cfo: CFO') },
    {
      name: 'a CTO under a board beside no CEO is not judged',
      chart: orgChart('b: Board\n  cto: CTO'),
    },
    {
      name: 'a CTO on a cycle is left to reporting-cycle',
      chart: orgChart('ceo: CEO\ncto: CTO [reportsTo=cfo]\n  cfo: CFO'),
    },
    {
      name: 'a CTO under an unknown manager is left to unknown-manager',
      chart: orgChart('ceo: CEO\ncto: CTO [reportsTo=ghost]'),
    },
    {
      name: 'explicit roles override the title: a “CTO” box that is only an IT manager',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    x: CTO [roles=it-manager]'),
    },
  ],
  invalid: [
    {
      name: 'a CTO under the CFO',
      chart: orgChart(
        `
        ceo: CEO
          cfo: CFO
            cto: CTO
              eng: Engineering team
        `,
      ),
      findings: [
        {
          positionIds: ['cto', 'cfo'],
          severity: 'warning',
          messageId: 'reportsElsewhere',
          data: { cto: '“CTO”', manager: '“CFO”', ceoKnown: 'yes', ceo: '“CEO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CTO”', manager: '“CEO”' },
              output: orgChart(
                `
                ceo: CEO
                  cfo: CFO
                  cto: CTO
                    eng: Engineering team
                `,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a CTO at the top of the chart beside the CEO',
      chart: orgChart('ceo: CEO\n  cfo: CFO\ncto: CTO'),
      findings: [
        {
          positionIds: ['cto'],
          messageId: 'atTop',
          data: { cto: '“CTO”', ceoKnown: 'yes', ceo: '“CEO”' },
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'Dutch titles: technisch directeur under the financieel directeur',
      chart: orgChart(
        'dir: Algemeen directeur\n  fin: Financieel directeur\n    tech: Technisch directeur\n  it: Hoofd IT',
      ),
      findings: [
        {
          positionIds: ['tech', 'fin'],
          messageId: 'reportsElsewhere',
          data: {
            cto: '“Technisch directeur”',
            manager: '“Financieel directeur”',
            ceoKnown: 'yes',
            ceo: '“Algemeen directeur”',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Technisch directeur”', manager: '“Algemeen directeur”' },
            },
          ],
        },
      ],
    },
    {
      name: 'a CTO under a board while the CEO is under the board too',
      chart: orgChart('board: Board of directors\n  ceo: CEO\n  cto: CTO'),
      findings: [
        {
          positionIds: ['cto', 'board'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'two CEOs: the CTO reports to neither, and which to move under is unclear',
      chart: orgChart('a: CEO\n  cfo: CFO\n    cto: CTO\nb: Chief Executive Officer'),
      findings: [
        {
          positionIds: ['cto', 'cfo'],
          messageId: 'reportsElsewhere',
          data: { cto: '“CTO”', manager: '“CFO”', ceoKnown: 'no', ceo: '' },
        },
      ],
    },
    {
      name: 'two CEOs: reporting to either of them is fine',
      chart: orgChart(
        'a: CEO\n  cto: CTO\nb: Chief Executive Officer\n  cto2: Chief Technology Officer\n  x: Ops\n    cto3: CTO',
      ),
      findings: [{ positionIds: ['cto3', 'x'] }],
    },
    {
      name: 'the CEO inside the CTO’s team: no move that would make a loop',
      chart: orgChart('cto: CTO\n  ceo: CEO'),
      findings: [{ positionIds: ['cto'] }],
    },
    {
      name: 'a CEO on a cycle is no place to move the CTO',
      chart: orgChart('cfo: CFO\n  cto: CTO\nceo: CEO [reportsTo=coo]\n  coo: COO'),
      findings: [{ positionIds: ['cto', 'cfo'] }],
    },
    {
      name: 'explicit roles override the title: a “Head of Platform” holding cto',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    p: Head of Platform [roles=cto]'),
      findings: [{ positionIds: ['p', 'cfo'], suggestions: [{ title: /report to “CEO”/ }] }],
    },
    {
      name: 'a Danish informationschef is not surely a CIO: the CTO’s line is judged',
      chart: orgChart(
        'ceo: Adm. direktør\n  cfo: Økonomidirektør\n    tek: Teknologidirektør\n  info: Informationschef',
      ),
      findings: [
        {
          positionIds: ['tek', 'cfo'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Teknologidirektør”', manager: '“Adm. direktør”' },
            },
          ],
        },
      ],
    },
    {
      name: 'a managing director beside the CEO yields to the CEO',
      chart: orgChart('a: CEO\n  cfo: CFO\n    cto: CTO\nb: Managing Director'),
      findings: [
        {
          positionIds: ['cto', 'cfo'],
          messageId: 'reportsElsewhere',
          data: { cto: '“CTO”', manager: '“CFO”', ceoKnown: 'yes', ceo: '“CEO”' },
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
  ],
});
