import { orgChart, RuleTester } from '../testing/index.js';
import rule from './interim-executive.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'permanent executives', chart: orgChart('ceo: CEO\n  cio: CIO\n  cfo: CFO') },
    {
      name: 'interim positions below the executive team',
      chart: orgChart(`
        ceo: CEO
          cto: CTO
            vpe: Acting VP Engineering
            it: Interim IT manager
            dev: Interim developer
      `),
    },
    { name: 'an interim board', chart: orgChart('board: Interim board\n  ceo: CEO') },
    {
      name: 'a title that says interim, overridden by interim: false',
      chart: {
        version: 1,
        positions: [
          { id: 'ceo', title: 'CEO' },
          { id: 'cio', title: 'Interim CIO', reportsTo: 'ceo', interim: false },
        ],
      },
    },
    {
      name: 'a vacant interim executive is vacant-executive’s finding',
      chart: orgChart('ceo: CEO\n  cio: Interim CIO [vacant]'),
    },
    {
      name: 'a deputy is not the executive',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    dep: Acting deputy CFO'),
    },
    {
      name: 'an interim unit head leads a unit, not the company',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  x: Interim CFO Nordics'),
    },
    {
      name: 'an interim executive on a reporting cycle',
      chart: orgChart('cio: Interim CIO [reportsTo=cfo]\n  cfo: CFO'),
    },
    {
      name: 'an interim executive under an unknown manager',
      chart: orgChart('ceo: CEO\ncfo: Acting CFO [reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'an interim CIO named in the title',
      chart: orgChart('ceo: CEO\n  cio: Interim CIO [holder=Jan Jansen]'),
      findings: [
        {
          positionIds: ['cio'],
          severity: 'info',
          messageId: 'interim',
          data: {
            kind: 'role',
            role: 'CIO',
            position: '“Interim CIO”',
            holderKnown: 'yes',
            holder: 'Jan Jansen',
          },
          suggestions: [
            {
              title: 'Make the appointment permanent and retitle it “CIO”',
              output: {
                version: 1,
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  {
                    id: 'cio',
                    title: 'CIO',
                    reportsTo: 'ceo',
                    holder: 'Jan Jansen',
                    interim: false,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'an explicit interim flag on a plain title',
      chart: orgChart('ceo: CEO\n  cfo: Chief Financial Officer [interim]'),
      findings: [
        {
          positionIds: ['cfo'],
          messageId: 'interim',
          data: {
            kind: 'role',
            role: 'CFO',
            position: '“Chief Financial Officer”',
            holderKnown: 'no',
          },
          suggestions: [
            {
              title: 'Make the appointment permanent',
              output: {
                version: 1,
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  {
                    id: 'cfo',
                    title: 'Chief Financial Officer',
                    reportsTo: 'ceo',
                    interim: false,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'an acting CEO under the board',
      chart: orgChart('board: Board\n  ceo: Acting CEO\n    cfo: CFO'),
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'interim',
          data: { kind: 'role', role: 'CEO', position: '“Acting CEO”', holderKnown: 'no' },
          suggestions: [{ title: 'Make the appointment permanent and retitle it “CEO”' }],
        },
      ],
    },
    {
      name: 'Danish and Dutch qualifiers',
      chart: orgChart(`
        ceo: Konstitueret adm. direktør
          cfo: Kst. økonomidirektør
          fin: wnd. financieel directeur [roles=cfo]
          cio: CIO a.i.
          coo: COO (ad interim)
      `),
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'interim',
          data: {
            kind: 'role',
            role: 'CEO',
            position: '“Konstitueret adm. direktør”',
            holderKnown: 'no',
          },
          suggestions: [{ title: 'Make the appointment permanent and retitle it “Adm. direktør”' }],
        },
        {
          positionIds: ['cfo'],
          suggestions: [
            { title: 'Make the appointment permanent and retitle it “Økonomidirektør”' },
          ],
        },
        {
          positionIds: ['fin'],
          suggestions: [
            { title: 'Make the appointment permanent and retitle it “financieel directeur”' },
          ],
        },
        {
          positionIds: ['cio'],
          suggestions: [{ title: 'Make the appointment permanent and retitle it “CIO”' }],
        },
        {
          positionIds: ['coo'],
          suggestions: [{ title: 'Make the appointment permanent and retitle it “COO”' }],
        },
      ],
    },
    {
      name: 'members of an executive body, with no role of their own',
      chart: orgChart(
        'rvc: Raad van Commissarissen\n  vz: Voorzitter Raad van Bestuur\n  lid: Lid Raad van Bestuur a.i.\n  kd: Konstitueret koncerndirektør',
      ),
      findings: [
        {
          positionIds: ['lid'],
          messageId: 'interim',
          data: {
            kind: 'member',
            role: '',
            position: '“Lid Raad van Bestuur a.i.”',
            holderKnown: 'no',
          },
          suggestions: [
            { title: 'Make the appointment permanent and retitle it “Lid Raad van Bestuur”' },
          ],
        },
        {
          positionIds: ['kd'],
          messageId: 'interim',
          data: {
            kind: 'member',
            role: '',
            position: '“Konstitueret koncerndirektør”',
            holderKnown: 'no',
          },
          suggestions: [
            { title: 'Make the appointment permanent and retitle it “Koncerndirektør”' },
          ],
        },
      ],
    },
    {
      name: 'a dual-hatted interim CIO/CTO',
      chart: orgChart('ceo: CEO\n  tech: Interim CIO/CTO'),
      findings: [
        {
          positionIds: ['tech'],
          messageId: 'interim',
          data: { kind: 'role', role: 'CIO/CTO', position: '“Interim CIO/CTO”', holderKnown: 'no' },
          suggestions: [{ title: 'Make the appointment permanent and retitle it “CIO/CTO”' }],
        },
      ],
    },
    {
      name: 'explicit roles: the title keeps no role, so any stripped title is fine',
      chart: orgChart('ceo: CEO\n  x: Interim head of the money [roles=cfo]'),
      findings: [
        {
          positionIds: ['x'],
          suggestions: [
            { title: 'Make the appointment permanent and retitle it “Head of the money”' },
          ],
        },
      ],
    },
    {
      name: 'a title that is nothing but the qualifier stays as it is',
      chart: orgChart('ceo: CEO\n  x: Interim [roles=cto]'),
      findings: [
        {
          positionIds: ['x'],
          messageId: 'interim',
          data: { kind: 'role', role: 'CTO', position: '“Interim”', holderKnown: 'no' },
          suggestions: [{ title: 'Make the appointment permanent' }],
        },
      ],
    },
    {
      name: 'a later position sharing an id is reported but cannot be patched by id',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  cfo: Acting CFO'),
      findings: [
        {
          positionIds: ['cfo'],
          messageId: 'interim',
          data: { kind: 'role', role: 'CFO', position: '“Acting CFO”', holderKnown: 'no' },
        },
      ],
    },
    {
      name: 'interim executives in chart order',
      chart: orgChart('ceo: CEO\n  cto: Interim CTO\n  cmo: CMO\n  chro: Acting CHRO'),
      findings: [
        {
          positionIds: ['cto'],
          suggestions: [{ title: 'Make the appointment permanent and retitle it “CTO”' }],
        },
        {
          positionIds: ['chro'],
          suggestions: [{ title: 'Make the appointment permanent and retitle it “CHRO”' }],
        },
      ],
    },
  ],
});
