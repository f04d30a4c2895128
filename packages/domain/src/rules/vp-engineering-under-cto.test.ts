import { orgChart, RuleTester } from '../testing/index.js';
import rule from './vp-engineering-under-cto.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'the VP Engineering under the CTO',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    vpe: VP Engineering'),
    },
    {
      name: 'no CTO: the VP Engineering may report to the CEO',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering'),
    },
    {
      name: 'a Director of Engineering under the VP Engineering under the CTO',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n    vpe: VP, Engineering\n      doe: Director of Engineering',
      ),
    },
    {
      name: 'a VP Engineering under an architect under the CTO is still in the CTO’s organisation',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n    arch: Chief Architect\n      vpe: Head of Engineering',
      ),
    },
    {
      name: 'under a dual-hatted CIO/CTO',
      chart: orgChart('ceo: CEO\n  tech: CIO/CTO\n    vpe: VP Engineering'),
    },
    {
      name: 'under one of two CTOs',
      chart: orgChart('ceo: CEO\n  a: CTO\n  b: Chief Technology Officer\n    vpe: VP Engineering'),
    },
    {
      name: 'a VP Engineering who is also the CTO',
      chart: orgChart('ceo: CEO\n  x: VP Engineering [roles=vp-engineering+cto]\n  cto: CTO'),
    },
    {
      name: 'a VP Engineering who is also an executive is judged by that role',
      chart: orgChart('ceo: CEO\n  cto: CTO\n  x: CPO & VP Engineering'),
    },
    {
      name: 'explicit roles override the title: “VP Engineering” holding none',
      chart: orgChart('ceo: CEO\n  cto: CTO\n  x: VP Engineering [roles=]'),
    },
    {
      name: 'a CTO inside the VP Engineering’s team is a seniority inversion, not this rule’s',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering\n    cto: CTO'),
    },
    {
      name: 'a VP Engineering on a cycle',
      chart: orgChart('ceo: CEO\n  cto: CTO\nvpe: VP Engineering [reportsTo=x]\n  x: Team lead'),
    },
    {
      name: 'a VP Engineering under an unknown manager',
      chart: orgChart('ceo: CEO\n  cto: CTO\nvpe: VP Engineering [reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'beside the CTO under the CEO',
      chart: orgChart(
        `
        ceo: CEO
          cto: CTO
          vpe: VP Engineering
            eng: Engineering manager
        `,
      ),
      findings: [
        {
          positionIds: ['vpe', 'ceo'],
          severity: 'warning',
          messageId: 'reportsElsewhere',
          data: {
            vpe: '“VP Engineering”',
            manager: '“CEO”',
            ctoCount: 1,
            cto: '“CTO”',
            besideCto: 'yes',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“VP Engineering”', manager: '“CTO”' },
              output: orgChart(
                `
                ceo: CEO
                  cto: CTO
                    vpe: VP Engineering
                      eng: Engineering manager
                `,
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'under the CIO, in Danish',
      chart: orgChart(
        'dir: Adm. direktør\n  tek: Teknologichef\n  it: IT-direktør\n    udv: Udviklingschef',
      ),
      findings: [
        {
          positionIds: ['udv', 'it'],
          messageId: 'reportsElsewhere',
          data: {
            vpe: '“Udviklingschef”',
            manager: '“IT-direktør”',
            ctoCount: 1,
            cto: '“Teknologichef”',
            besideCto: 'no',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Udviklingschef”', manager: '“Teknologichef”' },
            },
          ],
        },
      ],
    },
    {
      name: 'under an ambiguous title (an informationschef may head communications): no one-click fix',
      chart: orgChart(
        'dir: Adm. direktør\n  tek: Teknologichef\n  info: Informationschef\n    udv: Udviklingschef',
      ),
      findings: [
        {
          positionIds: ['udv', 'info'],
          messageId: 'reportsElsewhere',
          data: {
            vpe: '“Udviklingschef”',
            manager: '“Informationschef”',
            ctoCount: 1,
            cto: '“Teknologichef”',
            besideCto: 'no',
          },
        },
      ],
    },
    {
      name: 'a VP Engineering whose title is a mended typo: no one-click fix',
      chart: orgChart('ceo: CEO\n  cto: CTO\n  cfo: CFO\n    vpe: Vice Presdient Engineering'),
      findings: [{ positionIds: ['vpe', 'cfo'] }],
    },
    {
      name: 'at the top of the chart',
      chart: orgChart('ceo: CEO\n  cto: CTO\nvpe: VP Engineering'),
      findings: [
        {
          positionIds: ['vpe'],
          messageId: 'atTop',
          data: { vpe: '“VP Engineering”', ctoCount: 1, cto: '“CTO”' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CTO”' } },
          ],
        },
      ],
    },
    {
      name: 'a VP with Directors of Engineering in the wrong place: one finding, on the VP',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n  cfo: CFO\n    vpe: VP Engineering\n      doe: Director of Engineering',
      ),
      findings: [
        {
          positionIds: ['vpe', 'cfo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CTO”' } },
          ],
        },
      ],
    },
    {
      name: 'a Director of Engineering deeper in a misplaced VP’s organisation: still one finding',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n  vpe: VP Engineering\n    ops: Engineering operations\n      doe: Director of Engineering',
      ),
      findings: [
        {
          positionIds: ['vpe', 'ceo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CTO”' } },
          ],
        },
      ],
    },
    {
      name: 'a CTO deeper in the VP Engineering’s team: reported, but no move that would loop',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering\n    x: Architecture\n      cto: CTO'),
      findings: [{ positionIds: ['vpe', 'ceo'] }],
    },
    {
      name: 'two CTOs: the VP Engineering is offered the first one',
      chart: orgChart('ceo: CEO\n  a: CTO\n  b: Chief Technology Officer\n  vpe: VP Engineering'),
      findings: [
        {
          positionIds: ['vpe', 'ceo'],
          messageId: 'reportsElsewhere',
          data: {
            vpe: '“VP Engineering”',
            manager: '“CEO”',
            ctoCount: 2,
            cto: '“CTO”',
            besideCto: 'yes',
          },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CTO”' } },
          ],
        },
      ],
    },
    {
      name: 'the first CTO on a cycle: the VP Engineering is offered the next one',
      chart: orgChart(
        'ceo: CEO\n  vpe: VP Engineering\n  b: Chief Technology Officer\na: CTO [reportsTo=a]',
      ),
      findings: [
        {
          positionIds: ['vpe', 'ceo'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“VP Engineering”', manager: '“Chief Technology Officer”' },
            },
          ],
        },
      ],
    },
    {
      name: 'the only CTO under an unknown manager: no safe place to move to',
      chart: orgChart('ceo: CEO\n  vpe: VP Engineering\ncto: CTO [reportsTo=ghost]'),
      findings: [{ positionIds: ['vpe', 'ceo'] }],
    },
    {
      name: 'explicit roles override the title: an “Engineering lead” holding vp-engineering',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n  coo: COO\n    el: Engineering lead [roles=vp-engineering]',
      ),
      findings: [
        {
          positionIds: ['el', 'coo'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Engineering lead”', manager: '“CTO”' } },
          ],
        },
      ],
    },
    {
      name: 'no CEO at all',
      chart: orgChart('cto: CTO\nvpe: VP Engineering'),
      findings: [
        {
          positionIds: ['vpe'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CTO”' } },
          ],
        },
      ],
    },
  ],
});
