import { orgChart, RuleTester } from '../testing/index.js';
import rule from './cto-under-cio.js';

const product = { businessModel: 'product' as const };
const enterprise = { businessModel: 'enterprise' as const };

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'CIO and CTO as peers under the CEO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  cto: CTO', product),
    },
    {
      name: 'a dual-hatted CIO/CTO under the CEO',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n    vpe: VP Engineering', product),
    },
    {
      name: 'explicit roles override the title: a manager titled “CIO” holding only cto',
      chart: orgChart('ceo: CEO\n  a: CIO [roles=cto]\n    b: CTO', product),
    },
    {
      name: 'a deputy CIO is not the CIO',
      chart: orgChart('ceo: CEO\n  dep: Deputy CIO\n    cto: CTO', product),
    },
    {
      name: 'explicit roles override the title: “CTO” holding only it-director',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    it: CTO [roles=it-director]'),
    },
    {
      name: 'a CTO under a CEO who is also the CIO reports to the CEO',
      chart: orgChart('boss: CEO & CIO\n  cto: CTO', product),
    },
    {
      name: 'a CTO on a reporting cycle with the CIO is left to reporting-cycle',
      chart: orgChart('ceo: CEO\ncio: CIO [reportsTo=cto]\n  cto: CTO', product),
    },
    {
      name: 'a CTO under an unknown manager is left to unknown-manager',
      chart: orgChart('ceo: CEO\n  cio: CIO\ncto: CTO [reportsTo=ghost]'),
    },
    {
      name: 'a CTO two levels below the CIO does not report to the CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    arch: Head of Architecture\n      cto: CTO'),
    },
    {
      name: 'a “CTO” under a dual-hatted CIO/CTO heads a department of the CTO’s',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n    cto: CTO'),
    },
    {
      name: 'a CTO under a Danish informationschef, who is as often the head of communications',
      chart: orgChart(
        'dir: Adm. direktør\n  info: Informationschef\n    tek: Teknologichef',
        product,
      ),
    },
    {
      name: 'a head of technology under the CIO, beside the CTO, heads a department of IT',
      chart: orgChart(
        'dir: Adm. direktør\n  cto: Teknologidirektør\n  it: IT-direktør\n    tek: Teknologichef',
        product,
      ),
    },
    {
      name: 'a regional CTO under the CIO leads technology in a unit',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO Nordics', product),
    },
  ],
  invalid: [
    {
      name: 'in a product company: a warning, with a move to the CEO',
      chart: orgChart(
        `
        ceo: CEO
          cio: CIO
            cto: CTO
              vpe: VP Engineering
        `,
        product,
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'warning',
          messageId: 'productCompany',
          data: { cto: '“CTO”', cio: '“CIO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CTO”', manager: '“CEO”' },
              output: orgChart(
                `
                ceo: CEO
                  cio: CIO
                  cto: CTO
                    vpe: VP Engineering
                `,
                product,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'in an enterprise: a note that says both lines are recognised',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO', enterprise),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'info',
          messageId: 'checkFit',
          data: { cto: '“CTO”', cio: '“CIO”' },
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'with no company profile: a note',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO'),
      findings: [
        { positionIds: ['cto', 'cio'], severity: 'info', suggestions: [{ title: /CEO/ }] },
      ],
    },
    {
      name: 'a severity the user configured wins over the product warning',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO', product),
      setting: 'info',
      findings: [
        { positionIds: ['cto', 'cio'], severity: 'info', suggestions: [{ title: /CEO/ }] },
      ],
    },
    {
      name: 'Danish titles: teknologidirektør under IT-direktør under adm. direktør',
      chart: orgChart(
        'dir: Administrerende direktør\n  it: IT-direktør\n    tek: Teknologidirektør',
        product,
      ),
      findings: [
        {
          positionIds: ['tek', 'it'],
          severity: 'warning',
          messageId: 'productCompany',
          data: { cto: '“Teknologidirektør”', cio: '“IT-direktør”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Teknologidirektør”', manager: '“Administrerende direktør”' },
            },
          ],
        },
      ],
    },
    {
      name: 'explicit roles override the title: a “Head of Platform” holding cto',
      chart: orgChart(
        'ceo: CEO\n  it: Head of IT [roles=cio]\n    plat: Head of Platform [roles=cto]',
      ),
      findings: [
        {
          positionIds: ['plat', 'it'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Head of Platform”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'a software company with no business model stated is a product company: a warning',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO', { sector: 'software' }),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'warning',
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'a software company that says it is an enterprise: a note',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cto: CTO', { sector: 'software', ...enterprise }),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'info',
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'no CEO at all: the finding stands without a suggestion',
      chart: orgChart('cio: CIO\n  cto: CTO', product),
      findings: [{ positionIds: ['cto', 'cio'], severity: 'warning' }],
    },
    {
      name: 'two CEOs: which one is unclear, so no suggestion',
      chart: orgChart('a: CEO\n  cio: CIO\n    cto: CTO\nb: Chief Executive Officer'),
      findings: [{ positionIds: ['cto', 'cio'] }],
    },
    {
      name: 'a CEO inside the CTO’s own team: moving the CTO there would make a loop',
      chart: orgChart('cio: CIO\n  cto: CTO\n    ceo: CEO'),
      findings: [{ positionIds: ['cto', 'cio'] }],
    },
    {
      name: 'duplicate CIOs: each CTO under one of them is reported',
      chart: orgChart(
        `
        ceo: CEO
          cio1: CIO
            cto1: CTO
          cio2: Chief Information Officer
            cto2: Chief Technology Officer
        `,
      ),
      findings: [
        {
          positionIds: ['cto1', 'cio1'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CTO”', manager: '“CEO”' } }],
        },
        {
          positionIds: ['cto2', 'cio2'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Chief Technology Officer”', manager: '“CEO”' },
            },
          ],
        },
      ],
    },
    {
      name: 'a CTO sharing its id with an earlier position cannot be moved by id',
      chart: orgChart('ceo: CEO\n  cto: Head of Sales\n  cio: CIO\n    cto: CTO'),
      findings: [{ positionIds: ['cto', 'cio'] }],
    },
  ],
});
