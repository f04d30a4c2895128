import { orgChart, RuleTester } from '../testing/index.js';
import rule from './ciso-under-cio.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'the CISO reports to the CEO', chart: orgChart('ceo: CEO\n  cio: CIO\n  ciso: CISO') },
    {
      name: 'the CISO under the CFO or the general counsel is not this rule’s concern',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  gc: General Counsel\n    ciso: CISO'),
    },
    {
      name: 'a CISO two levels below the CIO does not report to the CIO directly',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n    itd: IT Director\n      ciso: Head of Information Security',
      ),
    },
    {
      name: 'a CIO who is also the CISO, under the CTO',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    x: Security [roles=ciso+cio]'),
    },
    {
      name: 'a CTO who is also the CISO, under the CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    x: Security [roles=ciso+cto]'),
    },
    {
      name: 'a CISO under a Danish informationschef, who is as often the head of communications',
      chart: orgChart(
        'dir: Adm. direktør\n  info: Informationschef\n    sik: Informationssikkerhedschef',
      ),
    },
    {
      name: 'a regional CISO under a regional CIO leads security in a unit',
      chart: orgChart('ceo: CEO\n  cio: CIO Nordics\n    ciso: CISO Nordics'),
    },
    {
      name: 'a CISO under a CEO who is also the CIO',
      chart: orgChart('boss: CEO & CIO\n  ciso: CISO'),
    },
    {
      name: 'explicit roles override the title: a manager titled “CIO” holding only coo',
      chart: orgChart('ceo: CEO\n  x: CIO [roles=coo]\n    ciso: CISO'),
    },
    {
      name: 'a CISO on a cycle with the CIO',
      chart: orgChart('ceo: CEO\ncio: CIO [reportsTo=ciso]\n  ciso: CISO'),
    },
    {
      name: 'a CISO under an unknown manager',
      chart: orgChart('ceo: CEO\n  cio: CIO\nciso: CISO [reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'the CISO under the CIO',
      chart: orgChart(
        `
        ceo: CEO
          cio: CIO
            ciso: CISO
              soc: Security operations
        `,
      ),
      findings: [
        {
          positionIds: ['ciso', 'cio'],
          severity: 'info',
          messageId: 'cisoUnderIt',
          data: { ciso: '“CISO”', owner: 'CIO', manager: '“CIO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CISO”', manager: '“CEO”' },
              output: orgChart(
                `
                ceo: CEO
                  cio: CIO
                  ciso: CISO
                    soc: Security operations
                `,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'the CISO under the CTO, whose systems the CISO assesses too',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    ciso: CISO'),
      findings: [
        {
          positionIds: ['ciso', 'cto'],
          severity: 'info',
          messageId: 'cisoUnderIt',
          data: { ciso: '“CISO”', owner: 'CTO', manager: '“CTO”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CISO”', manager: '“CEO”' },
              output: orgChart('ceo: CEO\n  cto: CTO\n  ciso: CISO'),
            },
          ],
        },
      ],
    },
    {
      name: 'Danish titles',
      chart: orgChart('dir: Adm. direktør\n  it: IT-direktør\n    sik: Informationssikkerhedschef'),
      findings: [
        {
          positionIds: ['sik', 'it'],
          messageId: 'cisoUnderIt',
          data: { ciso: '“Informationssikkerhedschef”', owner: 'CIO', manager: '“IT-direktør”' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Informationssikkerhedschef”', manager: '“Adm. direktør”' },
            },
          ],
        },
      ],
    },
    {
      name: 'explicit roles cannot make a second CIO under the CIO: the CISO line is judged',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    x: Security [roles=ciso+cio]'),
      findings: [
        {
          positionIds: ['x', 'cio'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Security”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'Dutch titles',
      chart: orgChart(
        'dir: Algemeen directeur\n  cio: Directeur informatiemanagement\n    ib: Hoofd informatiebeveiliging',
      ),
      findings: [
        {
          positionIds: ['ib', 'cio'],
          suggestions: [{ title: /“Hoofd informatiebeveiliging” report to “Algemeen directeur”/ }],
        },
      ],
    },
    {
      name: 'under a dual-hatted CIO/CTO',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n    ciso: CISO'),
      findings: [
        {
          positionIds: ['ciso', 'tech'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CISO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'explicit roles override the title: “Risk lead” holding ciso under “Head of IT” holding cio',
      chart: orgChart('ceo: CEO\n  it: Head of IT [roles=cio]\n    r: Risk lead [roles=ciso]'),
      findings: [
        {
          positionIds: ['r', 'it'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Risk lead”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'duplicate CIOs: a CISO under each is reported',
      chart: orgChart(
        'ceo: CEO\n  a: CIO\n    s1: CISO\n  b: Chief Information Officer\n    s2: Chief Information Security Officer',
      ),
      findings: [
        {
          positionIds: ['s1', 'a'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CISO”', manager: '“CEO”' } }],
        },
        {
          positionIds: ['s2', 'b'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Chief Information Security Officer”', manager: '“CEO”' },
            },
          ],
        },
      ],
    },
    {
      name: 'no CEO at all: the finding stands without a suggestion',
      chart: orgChart('cio: CIO\n  ciso: CISO'),
      findings: [{ positionIds: ['ciso', 'cio'] }],
    },
    {
      name: 'two CEOs: no suggestion',
      chart: orgChart('a: CEO\n  cio: CIO\n    ciso: CISO\nb: Chief Executive Officer'),
      findings: [{ positionIds: ['ciso', 'cio'] }],
    },
    {
      name: 'a managing director beside the CEO yields to the CEO, who stays the one to report to',
      chart: orgChart('a: CEO\n  cio: CIO\n    ciso: CISO\nb: Managing Director'),
      findings: [
        {
          positionIds: ['ciso', 'cio'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CISO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'a CEO in the CISO’s own team: no move that would make a loop',
      chart: orgChart('cio: CIO\n  ciso: CISO\n    ceo: CEO'),
      findings: [{ positionIds: ['ciso', 'cio'] }],
    },
  ],
});
