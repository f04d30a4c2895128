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
          message:
            'The executive board member position “Lid Raad van Bestuur” is vacant: until it is filled, nobody at the top is accountable for its remit. Appoint a holder, or name an interim one as a bridge.',
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
          message:
            "The CIO position “Chief Information Officer” is vacant: until it is filled, nobody at the top is accountable for the CIO's remit. Appoint a holder, or name an interim one as a bridge.",
        },
      ],
    },
    {
      name: 'a vacant CEO at the top of the chart',
      chart: orgChart('ceo: Administrerende direktør [vacant]\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['ceo'],
          message: /^The CEO position “Administrerende direktør” is vacant: .* the CEO's remit\./,
        },
      ],
    },
    {
      name: 'a vacant dual-hatted position names both roles',
      chart: orgChart('ceo: CEO\n  tech: Head of Technology [vacant, roles=cio+cto]'),
      findings: [
        {
          positionIds: ['tech'],
          message:
            'The CIO/CTO position “Head of Technology” is vacant: until it is filled, nobody at the top is accountable for these remits. Appoint a holder, or name an interim one as a bridge.',
        },
      ],
    },
    {
      name: 'explicit roles make an ordinary title an executive one',
      chart: orgChart('ceo: CEO\n  x: Head of People [vacant, roles=chro]'),
      findings: [{ positionIds: ['x'], message: /^The CHRO position “Head of People” is vacant/ }],
    },
    {
      name: 'a vacant interim executive is reported as vacant',
      chart: orgChart('ceo: CEO\n  cfo: Interim CFO [vacant]'),
      findings: [{ positionIds: ['cfo'], message: /^The CFO position “Interim CFO” is vacant/ }],
    },
    {
      name: 'duplicate ids: each vacant position is reported, in chart order',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO [vacant]\n  cmo: CMO\n  cto: Teknisk direktør [vacant]',
      ),
      findings: [
        { positionIds: ['cto'], message: /^The CTO position “CTO” is vacant/ },
        { positionIds: ['cto'], message: /^The CTO position “Teknisk direktør” is vacant/ },
      ],
    },
  ],
});
