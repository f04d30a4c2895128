import { orgChart, RuleTester } from '../testing/index.js';
import rule from './vacant-executive.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'filled executives', chart: orgChart('ceo: CEO\n  cio: CIO [holder=Ane]\n  cfo: CFO') },
    {
      name: 'vacancies below the executive team',
      chart: orgChart(`
        ceo: CEO
          cto: CTO
            vpe: VP Engineering [vacant]
            it: Head of IT [vacant, roles=it-manager]
            dev: Developer [vacant]
      `),
    },
    { name: 'a vacant board seat', chart: orgChart('board: Board [vacant]\n  ceo: CEO') },
    {
      name: 'a vacant deputy',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    d: Deputy CFO [vacant]'),
    },
    {
      name: 'explicit roles without an executive role',
      chart: orgChart('ceo: CEO\n  x: Chief Happiness Officer [vacant, roles=]'),
    },
    {
      name: 'a vacant unit head leads a unit, not the company',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    cfon: CFO Nordics [vacant]'),
    },
    {
      name: 'a vacant department head beside or under the holder of its role',
      chart: orgChart(
        'ceo: Adm. direktør\n  okd: Økonomidirektør\n    okc: Økonomichef [vacant]\n  fd: Finance Director [vacant]',
      ),
    },
    {
      name: 'a vacant executive on a reporting cycle',
      chart: orgChart('cio: CIO [vacant, reportsTo=cfo]\n  cfo: CFO'),
    },
    {
      name: 'a vacant executive under an unknown manager',
      chart: orgChart('ceo: CEO\ncfo: CFO [vacant, reportsTo=ghost]'),
    },
  ],
  invalid: [
    {
      name: 'a vacant seat on an executive body, with no role of its own',
      chart: orgChart(
        'rvc: Raad van Commissarissen\n  vz: Voorzitter Raad van Bestuur\n  lid: Lid Raad van Bestuur [vacant]',
      ),
      findings: [
        {
          positionIds: ['lid'],
          severity: 'warning',
          messageId: 'vacant',
          data: {
            kind: 'member',
            role: '',
            position: '“Lid Raad van Bestuur”',
            remits: 0,
            remit: '',
          },
        },
      ],
    },
    {
      name: 'a vacant CIO',
      chart: orgChart('ceo: CEO\n  cio: Chief Information Officer [vacant]\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['cio'],
          severity: 'warning',
          messageId: 'vacant',
          data: {
            kind: 'role',
            role: 'CIO',
            position: '“Chief Information Officer”',
            remits: 1,
            remit: 'CIO',
          },
        },
      ],
    },
    {
      name: 'a vacant CEO at the top of the chart',
      chart: orgChart('ceo: Administrerende direktør [vacant]\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'vacant',
          data: {
            kind: 'role',
            role: 'CEO',
            position: '“Administrerende direktør”',
            remits: 1,
            remit: 'CEO',
          },
        },
      ],
    },
    {
      name: 'a vacant dual-hatted position names both roles',
      chart: orgChart('ceo: CEO\n  tech: Head of Technology [vacant, roles=cio+cto]'),
      findings: [
        {
          positionIds: ['tech'],
          messageId: 'vacant',
          data: {
            kind: 'role',
            role: 'CIO/CTO',
            position: '“Head of Technology”',
            remits: 2,
            remit: 'CIO',
          },
        },
      ],
    },
    {
      name: 'explicit roles make an ordinary title an executive one',
      chart: orgChart('ceo: CEO\n  x: Head of People [vacant, roles=chro]'),
      findings: [
        {
          positionIds: ['x'],
          messageId: 'vacant',
          data: {
            kind: 'role',
            role: 'CHRO',
            position: '“Head of People”',
            remits: 1,
            remit: 'CHRO',
          },
        },
      ],
    },
    {
      name: 'a vacant interim executive is reported as vacant',
      chart: orgChart('ceo: CEO\n  cfo: Interim CFO [vacant]'),
      findings: [
        {
          positionIds: ['cfo'],
          messageId: 'vacant',
          data: { kind: 'role', role: 'CFO', position: '“Interim CFO”', remits: 1, remit: 'CFO' },
        },
      ],
    },
    {
      name: 'duplicate ids: each vacant position is reported, in chart order',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO [vacant]\n  cmo: CMO\n  cto: Teknisk direktør [vacant]',
      ),
      findings: [
        {
          positionIds: ['cto'],
          messageId: 'vacant',
          data: { kind: 'role', role: 'CTO', position: '“CTO”', remits: 1, remit: 'CTO' },
        },
        {
          positionIds: ['cto'],
          messageId: 'vacant',
          data: {
            kind: 'role',
            role: 'CTO',
            position: '“Teknisk direktør”',
            remits: 1,
            remit: 'CTO',
          },
        },
      ],
    },
  ],
});
