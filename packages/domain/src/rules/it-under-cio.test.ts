import { orgChart, RuleTester } from '../testing/index.js';
import rule from './it-under-cio.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'the IT director under the CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    itd: IT Director'),
    },
    {
      name: 'an IT manager under an IT director under the CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    itd: IT Director\n      itm: IT Manager'),
    },
    {
      name: 'no CIO: the IT director is the top IT role and may report to the CFO',
      chart: orgChart(
        'ceo: CEO\n  cfo: CFO\n    itd: IT Director\n  cto: CTO\n    itm: IT manager',
      ),
    },
    {
      name: 'under a dual-hatted CIO/CTO',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n    itd: Head of IT'),
    },
    {
      name: 'under the second of two CIOs',
      chart: orgChart('ceo: CEO\n  a: CIO\n  b: Chief Information Officer\n    itm: IT manager'),
    },
    {
      name: 'Dutch titles: hoofd IT under the directeur informatiemanagement',
      chart: orgChart(
        'dir: Algemeen directeur\n  cio: Directeur informatiemanagement\n    it: Hoofd IT\n      tl: Teamleider IT',
      ),
    },
    {
      name: 'a CTO who is Head of IT too is judged as the CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  cto: CTO & Head of IT'),
    },
    {
      name: 'explicit roles override the title: “Head of IT” holding no role',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  cfo: CFO\n    x: Head of IT [roles=]'),
    },
    {
      name: 'a CIO inside the IT director’s team is a seniority inversion, not this rule’s',
      chart: orgChart('ceo: CEO\n  itd: IT Director\n    cio: CIO'),
    },
    {
      name: 'an IT manager on a cycle',
      chart: orgChart('ceo: CEO\n  cio: CIO\nitm: IT manager [reportsTo=x]\n  x: Helpdesk'),
    },
    {
      name: 'an IT manager under an unknown manager',
      chart: orgChart('ceo: CEO\n  cio: CIO\nitm: IT manager [reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'an IT director under the CFO while there is a CIO',
      chart: orgChart(
        `
        ceo: CEO
          cio: CIO
          cfo: CFO
            itd: IT Director
              sd: Service desk
        `,
      ),
      findings: [
        {
          positionIds: ['itd', 'cfo'],
          severity: 'warning',
          messageId: 'reportsElsewhere',
          data: { it: '“IT Director”', manager: '“CFO”', cioCount: 1, cio: '“CIO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“IT Director”', manager: '“CIO”' },
              output: orgChart(
                `
                ceo: CEO
                  cio: CIO
                  cfo: CFO
                    itd: IT Director [reportsTo=cio]
                      sd: Service desk
                `,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'an IT manager under the CTO, in Danish',
      chart: orgChart(
        'dir: Adm. direktør\n  info: IT-chef\n  tek: Teknologichef\n    itl: IT-leder',
      ),
      findings: [
        {
          positionIds: ['itl', 'tek'],
          messageId: 'reportsElsewhere',
          data: { it: '“IT-leder”', manager: '“Teknologichef”', cioCount: 1, cio: '“IT-chef”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT-leder”', manager: '“IT-chef”' } },
          ],
        },
      ],
    },
    {
      name: 'hoofd IT beside the CIO under the CEO, in Dutch',
      chart: orgChart(
        'dir: Algemeen directeur\n  cio: Directeur informatiemanagement\n  it: Hoofd IT',
      ),
      findings: [
        {
          positionIds: ['it', 'dir'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Hoofd IT”', manager: '“Directeur informatiemanagement”' },
            },
          ],
        },
      ],
    },
    {
      name: 'an IT director with its IT manager in the wrong place: one finding, on the director',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n  coo: COO\n    itd: IT Director\n      itm: IT Manager',
      ),
      findings: [
        {
          positionIds: ['itd', 'coo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT Director”', manager: '“CIO”' } },
          ],
        },
      ],
    },
    {
      name: 'an IT manager deeper in a misplaced IT director’s organisation: still one finding',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n  cfo: CFO\n    itd: Hoofd ICT\n      sd: Service desk lead\n        itm: IT-manager',
      ),
      findings: [
        {
          positionIds: ['itd', 'cfo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Hoofd ICT”', manager: '“CIO”' } },
          ],
        },
      ],
    },
    {
      name: 'a CIO deeper in the IT director’s team: reported, but no move that would loop',
      chart: orgChart('ceo: CEO\n  itd: IT Director\n    x: Strategy office\n      cio: CIO'),
      findings: [{ positionIds: ['itd', 'ceo'] }],
    },
    {
      name: 'at the top of the chart',
      chart: orgChart('ceo: CEO\n  cio: CIO\nitm: IT manager'),
      findings: [
        {
          positionIds: ['itm'],
          messageId: 'atTop',
          data: { it: '“IT manager”', cioCount: 1, cio: '“CIO”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT manager”', manager: '“CIO”' } },
          ],
        },
      ],
    },
    {
      name: 'duplicate CIOs: an IT manager under neither is offered the first',
      chart: orgChart(
        'ceo: CEO\n  a: CIO\n  b: Chief Information Officer\n  cfo: CFO\n    itm: IT manager',
      ),
      findings: [
        {
          positionIds: ['itm', 'cfo'],
          messageId: 'reportsElsewhere',
          data: { it: '“IT manager”', manager: '“CFO”', cioCount: 2, cio: '“CIO”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT manager”', manager: '“CIO”' } },
          ],
        },
      ],
    },
    {
      name: 'explicit roles override the title: an “Operations lead” holding it-manager',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n  coo: COO\n    ol: Operations lead [roles=it-manager]',
      ),
      findings: [
        {
          positionIds: ['ol', 'coo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Operations lead”', manager: '“CIO”' } },
          ],
        },
      ],
    },
    {
      name: 'the IT director and the CIO sharing an id: no patch by id can move it',
      chart: orgChart('ceo: CEO\n  it: CIO\n  cfo: CFO\n    it: IT Director'),
      findings: [{ positionIds: ['it', 'cfo'] }],
    },
    {
      name: 'no CEO at all',
      chart: orgChart('cio: CIO\ncfo: CFO\n  itd: IT Director'),
      findings: [
        {
          positionIds: ['itd', 'cfo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT Director”', manager: '“CIO”' } },
          ],
        },
      ],
    },
  ],
});
