import { orgChart, RuleTester } from '../testing/index.js';
import rule from './duplicate-executive.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'one holder of each executive role',
      chart: orgChart('board: Board\n  ceo: CEO\n    cfo: CFO\n    cio: CIO\n    cto: CTO'),
    },
    {
      name: 'a board is many people: two board boxes are no duplicate',
      chart: orgChart('a: Board\nb: Supervisory board\n  ceo: CEO'),
    },
    {
      name: 'roles that are not one per company',
      chart: orgChart(
        'ceo: CEO\n  a: VP Engineering\n  b: VP Engineering\n  c: IT manager\n  d: IT manager',
      ),
    },
    {
      name: 'a deputy is not a second holder',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    d: Deputy CFO'),
    },
    {
      name: 'explicit roles say the second "CFO" box is not one',
      chart: orgChart('ceo: CEO\n  a: CFO\n  b: CFO [roles=]\n  c: CFO [roles=coo]'),
    },
    {
      name: 'a finance director beside the CFO heads a department of the CFO’s',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  fd: Finance Director\n  vpf: VP Finance'),
    },
    {
      name: 'a Danish økonomichef under the økonomidirektør heads a department',
      chart: orgChart('ceo: Adm. direktør\n  okd: Økonomidirektør\n    okc: Økonomichef'),
    },
    {
      name: 'regional and country heads lead units: no second CFO or CEO',
      chart: orgChart(
        'board: Board\n  ceo: Group CEO\n    cfo: Group CFO\n    fdn: Finance Director North\n    nl: CEO Nederland\n      nlcfo: CFO',
      ),
    },
    {
      name: 'a subsidiary’s CEO under the group CEO',
      chart: orgChart('board: Board\n  grp: Group CEO\n    sub: CEO\n      cfo: CFO'),
    },
    {
      name: 'a CTO deep inside the CTO’s own team heads a department of it',
      chart: orgChart('a: CTO [reportsTo=x]\nceo: CEO\n  b: Teknisk direktør\n    x: Platform'),
    },
    {
      name: 'a CTO inside a unit heads the unit’s technology',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n  u: Managing Director Nordics\n    x: Chief Technology Officer',
      ),
    },
    {
      name: 'a CTO reporting straight to the CTO heads a department of it',
      chart: orgChart('a: Chief Technology Officer [reportsTo=b]\nceo: CEO\n  b: CTO'),
    },
    {
      name: 'a second holder under an unknown manager (unknown-manager reports it)',
      chart: orgChart('ceo: CEO\n  cfo: CFO\nx: CFO [reportsTo=ghost]'),
    },
    {
      name: 'a second holder on a reporting cycle (reporting-cycle reports it)',
      chart: orgChart('ceo: CEO\n  cfo: CFO\nx: CFO [reportsTo=y]\n  y: Controller'),
    },
  ],
  invalid: [
    {
      name: 'two CFOs: the second merges into the first',
      chart: orgChart(`
        ceo: CEO
          cfo: CFO
            acc: Accountant
          fd: Chief Financial Officer
            ctl: Controller
      `),
      findings: [
        {
          positionIds: ['fd', 'cfo'],
          severity: 'warning',
          messageId: 'several',
          data: { count: 2, role: 'CFO', holders: ['“CFO”', '“Chief Financial Officer”'], more: 0 },
          suggestions: [
            {
              title: 'Merge “Chief Financial Officer” into “CFO”, keeping the title “CFO”',
              output: orgChart(`
                ceo: CEO
                  cfo: CFO
                    acc: Accountant
                    ctl: Controller
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'an interim beside the permanent holder is a handover: info',
      chart: orgChart('ceo: CEO\n  cio: CIO [holder=Ane]\n  icio: Interim CIO [holder=Bo]'),
      findings: [
        {
          positionIds: ['icio', 'cio'],
          severity: 'info',
          messageId: 'handover',
          data: { count: 2, role: 'CIO', holders: ['“CIO”', '“Interim CIO”'], more: 0 },
          suggestions: [{ title: 'Merge “Interim CIO” into “CIO”, keeping the title “CIO”' }],
        },
      ],
    },
    {
      name: 'a handover in either chart order, and with the interim marked by the field',
      chart: orgChart('ceo: CEO\n  a: Finance lead [roles=cfo, interim]\n  b: CFO'),
      findings: [
        {
          positionIds: ['b', 'a'],
          severity: 'info',
          suggestions: [
            { title: 'Merge “CFO” into “Finance lead”, keeping the title “Finance lead”' },
          ],
        },
      ],
    },
    {
      name: 'a vacant permanent seat covered by an acting holder: info',
      chart: orgChart('ceo: CEO\n  cto: CTO [vacant]\n  acting: Acting CTO'),
      findings: [
        { positionIds: ['acting', 'cto'], severity: 'info', suggestions: [{ title: /^Merge/ }] },
      ],
    },
    {
      name: 'two interims and no permanent position is no handover',
      chart: orgChart('ceo: CEO\n  a: Interim CFO\n  b: Acting CFO'),
      findings: [
        {
          positionIds: ['b', 'a'],
          severity: 'warning',
          messageId: 'several',
          data: { count: 2, role: 'CFO', holders: ['“Interim CFO”', '“Acting CFO”'], more: 0 },
          suggestions: [
            { title: 'Merge “Acting CFO” into “Interim CFO”, keeping the title “Interim CFO”' },
          ],
        },
      ],
    },
    {
      name: 'three holders: the second first, no merge offered',
      chart: orgChart('a: CEO\nb: Adm. direktør\nc: Algemeen directeur'),
      findings: [
        {
          positionIds: ['b', 'a', 'c'],
          messageId: 'several',
          data: {
            count: 3,
            role: 'CEO',
            holders: ['“CEO”', '“Adm. direktør”', '“Algemeen directeur”'],
            more: 0,
          },
        },
      ],
    },
    {
      name: 'a long list of holders is cut short',
      chart: orgChart(
        ['ceo: CEO', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `  c${n}: CFO ${n}`)].join('\n'),
      ),
      findings: [
        {
          positionIds: ['c2', 'c1', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'],
          messageId: 'several',
          data: {
            count: 8,
            role: 'CFO',
            holders: '“CFO 1”, “CFO 2”, “CFO 3”, “CFO 4”, “CFO 5”, “CFO 6”',
            more: 2,
          },
        },
      ],
    },
    {
      name: 'three holders, two of them interim: a longer handover',
      chart: orgChart('ceo: CEO\n  a: COO\n  b: Interim COO\n  c: Acting COO'),
      findings: [
        {
          positionIds: ['b', 'a', 'c'],
          severity: 'info',
          messageId: 'handover',
          data: {
            count: 3,
            role: 'COO',
            holders: ['“COO”', '“Interim COO”', '“Acting COO”'],
            more: 0,
          },
        },
      ],
    },
    {
      name: 'a dual-hatted CIO/CTO and a separate CTO',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n  cto: Teknisk direktør'),
      findings: [
        {
          positionIds: ['cto', 'tech'],
          messageId: 'several',
          data: { count: 2, role: 'CTO', holders: ['“CIO/CTO”', '“Teknisk direktør”'], more: 0 },
          suggestions: [
            {
              title: 'Merge “Teknisk direktør” into “CIO/CTO”, keeping the title “CIO/CTO”',
              output: orgChart('ceo: CEO\n  tech: CIO/CTO'),
            },
          ],
        },
      ],
    },
    {
      name: 'a dual-hatted position and a separate CIO and CTO: one finding per role',
      chart: orgChart(
        'ceo: CEO\n  tech: Head of Technology [roles=cio+cto]\n  cio: CIO\n  cto: CTO',
      ),
      findings: [
        { positionIds: ['cio', 'tech'], suggestions: [{ title: /^Merge “CIO” into/ }] },
        { positionIds: ['cto', 'tech'], suggestions: [{ title: /^Merge “CTO” into/ }] },
      ],
    },
    {
      name: 'explicit roles make a box a holder',
      chart: orgChart('ceo: CEO\n  a: People & Culture [roles=chro]\n  b: Chief People Officer'),
      findings: [
        {
          positionIds: ['b', 'a'],
          messageId: 'several',
          data: {
            count: 2,
            role: 'CHRO',
            holders: ['“People & Culture”', '“Chief People Officer”'],
            more: 0,
          },
          suggestions: [{ title: /^Merge/ }],
        },
      ],
    },
    {
      name: 'two holders in different teams: the later one’s team joins the kept holder',
      chart: orgChart(
        'a: CTO [reportsTo=cfo]\nceo: CEO\n  cfo: CFO\n  b: Teknisk direktør\n    x: Platform',
      ),
      findings: [
        {
          positionIds: ['b', 'a'],
          suggestions: [
            {
              title: 'Merge “Teknisk direktør” into “CTO”, keeping the title “CTO”',
              output: orgChart(
                'a: CTO [reportsTo=cfo]\nceo: CEO\n  cfo: CFO\n  x: Platform [reportsTo=a]',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a position stated to lead the company holds its role, even inside a unit',
      chart: {
        positions: [
          { id: 'ceo', title: 'CEO' },
          { id: 'cto', title: 'CTO', reportsTo: 'ceo' },
          { id: 'u', title: 'Managing Director Nordics', reportsTo: 'ceo' },
          { id: 'x', title: 'Chief Technology Officer', reportsTo: 'u', scope: 'company' },
        ],
      },
      findings: [
        {
          positionIds: ['x', 'cto'],
          messageId: 'several',
          data: {
            count: 2,
            role: 'CTO',
            holders: ['“CTO”', '“Chief Technology Officer”'],
            more: 0,
          },
          suggestions: [
            { title: 'Merge “Chief Technology Officer” into “CTO”, keeping the title “CTO”' },
          ],
        },
      ],
    },
    {
      name: 'two holders sharing an id cannot be merged by id',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['cfo', 'cfo'],
          messageId: 'several',
          data: { count: 2, role: 'CFO', holders: ['“CFO”', '“CFO”'], more: 0 },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('ceo: CEO\n  __proto__: CMO\n  constructor: Marketing Director [roles=cmo]'),
      findings: [
        {
          positionIds: ['constructor', '__proto__'],
          suggestions: [
            {
              title: 'Merge “Marketing Director” into “CMO”, keeping the title “CMO”',
              output: orgChart('ceo: CEO\n  __proto__: CMO'),
            },
          ],
        },
      ],
    },
  ],
});
