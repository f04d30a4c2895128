import { orgChart, RuleTester } from '../testing/index.js';
import rule from './seniority-inversion.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'executives above the levels they lead',
      chart: orgChart(`
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
          cio: CIO
            itd: IT director
              itm: IT manager
      `),
    },
    {
      name: 'a manager with no recognised role is no inversion',
      chart: orgChart('ceo: CEO\n  lead: Product lead\n    cto: CTO'),
    },
    {
      name: 'executives of the same rank (atypical-manager judges those)',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    cfo: CFO'),
    },
    {
      name: 'a CEO under a C-level role (ceo-at-top reports it)',
      chart: orgChart('cfo: CFO\n  ceo: CEO'),
    },
    {
      name: 'a VP under a manager is not an executive inversion',
      chart: orgChart('ceo: CEO\n  itm: IT manager\n    vpe: VP Engineering'),
    },
    {
      name: 'explicit roles: the "CTO" box is a VP-level role',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering\n    x: CTO [roles=vp-engineering]'),
    },
    {
      name: 'a finance director under the IT director, with a CFO elsewhere, heads a department',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  itd: IT director\n    fin: Finance Director'),
    },
    {
      name: 'a regional CIO under the IT manager leads IT in a unit',
      chart: orgChart('ceo: CEO\n  itm: IT manager\n    cio: CIO Nordics'),
    },
    {
      name: 'an inversion on a reporting cycle (reporting-cycle reports it)',
      chart: orgChart('vpe: VP Engineering [reportsTo=cto]\n  cto: CTO'),
    },
    {
      name: 'an executive under an unknown manager (unknown-manager reports it)',
      chart: orgChart('ceo: CEO\ncto: CTO [reportsTo=vpe]'),
    },
    {
      name: 'an inversion below an unknown manager',
      chart: orgChart('itm: IT manager [reportsTo=ghost]\n  cio: CIO'),
    },
  ],
  invalid: [
    {
      name: 'a CTO under the VP Engineering',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering\n    cto: CTO\n      dev: Developer'),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          // Worth a look, not a broken chart: the evidence is practitioner write-ups.
          severity: 'warning',
          messageId: 'inversion',
          data: { position: '“CTO”', manager: '“VP Engineering”', level: 'director' },
          suggestions: [
            {
              title: 'Invert the line: let “VP Engineering” report to “CTO”',
              output: orgChart(`
                ceo: CEO
                  vpe: VP Engineering [reportsTo=cto]
                    cto: CTO [reportsTo=ceo]
                      dev: Developer
              `),
            },
            {
              title: 'Let “CTO” report to the CEO',
              output: orgChart(`
                ceo: CEO
                  vpe: VP Engineering
                    cto: CTO [reportsTo=ceo]
                      dev: Developer
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'a CIO under the IT manager at the top, with no CEO',
      chart: orgChart('itm: IT manager\n  cio: IT-direktør'),
      findings: [
        {
          positionIds: ['cio', 'itm'],
          messageId: 'inversion',
          data: { position: '“IT-direktør” (CIO)', manager: '“IT manager”', level: 'manager' },
          suggestions: [
            {
              title: 'Invert the line: let “IT manager” report to “IT-direktør”',
              output: orgChart('itm: IT manager [reportsTo=cio]\n  cio: IT-direktør [reportsTo=]'),
            },
          ],
        },
      ],
    },
    {
      name: 'a CFO under the IT director',
      chart: orgChart('ceo: CEO\n  itd: IT director\n    cfo: CFO'),
      findings: [
        {
          positionIds: ['cfo', 'itd'],
          messageId: 'inversion',
          data: { position: '“CFO”', manager: '“IT director”', level: 'director' },
          suggestions: [
            { title: 'Invert the line: let “IT director” report to “CFO”' },
            { title: 'Let “CFO” report to the CEO' },
          ],
        },
      ],
    },
    {
      name: 'with no CFO elsewhere, a finance director under the IT director is the finance lead',
      chart: orgChart('ceo: CEO\n  itd: IT director\n    fin: Finance Director'),
      findings: [
        {
          positionIds: ['fin', 'itd'],
          messageId: 'inversion',
          data: {
            position: '“Finance Director” (CFO)',
            manager: '“IT director”',
            level: 'director',
          },
          suggestions: [
            { title: 'Invert the line: let “IT director” report to “Finance Director”' },
            { title: 'Let “Finance Director” report to the CEO' },
          ],
        },
      ],
    },
    {
      name: 'a CISO under the IT director: common, worth a look; the IT director does not belong under the CISO',
      chart: orgChart('ceo: CEO\n  itd: IT director\n    ciso: CISO'),
      findings: [
        {
          positionIds: ['ciso', 'itd'],
          severity: 'warning',
          messageId: 'inversion',
          data: { position: '“CISO”', manager: '“IT director”', level: 'director' },
          suggestions: [
            {
              title: 'Let “CISO” report to the CEO',
              output: orgChart('ceo: CEO\n  itd: IT director\n  ciso: CISO'),
            },
          ],
        },
      ],
    },
    {
      name: 'inverting one line would leave the next one inverted: only the CEO line is offered',
      chart: orgChart('ceo: CEO\n  itd: IT director\n    vpe: VP Engineering\n      cto: CTO'),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          suggestions: [{ title: 'Let “CTO” report to the CEO' }],
        },
      ],
    },
    {
      name: 'a CEO inside the executive’s own team is no way out',
      chart: orgChart('vpe: VP Engineering\n  cto: CTO\n    ceo: CEO'),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          suggestions: [{ title: 'Invert the line: let “VP Engineering” report to “CTO”' }],
        },
      ],
    },
    {
      name: 'two CEOs: no CEO to report to, only the inversion',
      chart: orgChart('a: CEO\n  vpe: VP Engineering\n    cto: CTO\nb: CEO'),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          suggestions: [{ title: 'Invert the line: let “VP Engineering” report to “CTO”' }],
        },
      ],
    },
    {
      name: 'a dual-hatted CIO/CTO under the IT manager',
      chart: orgChart('ceo: CEO\n  itm: IT manager\n    tech: Head of Technology [roles=cio+cto]'),
      findings: [
        {
          positionIds: ['tech', 'itm'],
          messageId: 'inversion',
          data: {
            position: '“Head of Technology” (CIO/CTO)',
            manager: '“IT manager”',
            level: 'manager',
          },
          suggestions: [
            { title: 'Invert the line: let “IT manager” report to “Head of Technology”' },
            { title: 'Let “Head of Technology” report to the CEO' },
          ],
        },
      ],
    },
    {
      name: 'explicit roles make a position an executive, and its manager a VP',
      chart: orgChart(
        'ceo: CEO\n  p: Platform [roles=vp-engineering]\n    x: Platform lead [roles=cto]',
      ),
      findings: [
        {
          positionIds: ['x', 'p'],
          messageId: 'inversion',
          data: {
            position: '“Platform lead” (CTO)',
            manager: '“Platform” (VP Engineering)',
            level: 'director',
          },
          suggestions: [
            { title: 'Invert the line: let “Platform” report to “Platform lead”' },
            { title: 'Let “Platform lead” report to the CEO' },
          ],
        },
      ],
    },
    {
      name: 'a later position sharing an id is reported without a patch',
      chart: orgChart('ceo: CEO\n  cto: CTO\n  vpe: VP Engineering\n    cto: Teknisk direktør'),
      findings: [
        {
          positionIds: ['cto', 'vpe'],
          messageId: 'inversion',
          data: {
            position: '“Teknisk direktør” (CTO)',
            manager: '“VP Engineering”',
            level: 'director',
          },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('constructor: CEO\n  __proto__: VP Engineering\n    hasOwnProperty: CTO'),
      findings: [
        {
          positionIds: ['hasOwnProperty', '__proto__'],
          suggestions: [
            {
              title: 'Invert the line: let “VP Engineering” report to “CTO”',
              output: orgChart(`
                constructor: CEO
                  __proto__: VP Engineering [reportsTo=hasOwnProperty]
                    hasOwnProperty: CTO [reportsTo=constructor]
              `),
            },
            { title: 'Let “CTO” report to the CEO' },
          ],
        },
      ],
    },
  ],
});
