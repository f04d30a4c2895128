import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import { getRole } from '../roles/catalogue.js';
import type { RoleId } from '../roles/role-ids.js';
import { cite } from '../sources/cite.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './atypical-manager.js';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    {
      name: 'every role under one of its usual managers',
      chart: orgChart(`
        board: Board
          ceo: CEO
            coo: COO
              chro: CHRO
              cmo: CMO
            cfo: CFO
              cio: CIO
                cto: CTO
                  cpo: Chief Product Officer
                  vpe: VP Engineering
                ciso: CISO
                itd: IT director
                  itm: IT manager
              gc: General counsel
      `),
    },
    {
      name: 'a manager or a position with no recognised role',
      chart: orgChart(
        'ceo: CEO\n  grp: Group finance\n    cfo: CFO\n  cmo: CMO\n    dev: Developer',
      ),
    },
    {
      name: 'a dual-hatted CIO/CTO may report where either role does',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    tech: CIO/CTO'),
    },
    { name: 'the CEO’s line is ceo-at-top’s', chart: orgChart('cmo: CMO\n  ceo: CEO') },
    {
      name: 'an executive under a lower rank is seniority-inversion’s',
      chart: orgChart(
        'ceo: CEO\n  vpe: VP Engineering\n    cto: CTO\n  itm: IT manager\n    cfo: CFO',
      ),
    },
    {
      name: 'a VP Engineering while a CTO exists is vp-engineering-under-cto’s',
      chart: orgChart('ceo: CEO\n  cto: CTO\n  cfo: CFO\n    vpe: VP Engineering'),
    },
    {
      name: 'IT directors and managers while a CIO exists are it-under-cio’s',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n  cmo: CMO\n    itd: IT director\n    itm: IT manager',
      ),
    },
    {
      name: 'a CTO with no CIO in the chart is cto-without-cio’s',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    cto: CTO'),
    },
    {
      name: 'a board drawn under the CEO has no usual manager to compare with',
      chart: orgChart('ceo: CEO\n  adv: Supervisory board'),
    },
    {
      name: 'explicit roles say the box under the CMO is no CFO',
      chart: orgChart('ceo: CEO\n  cmo: CMO\n    x: CFO [roles=]'),
    },
    {
      name: 'with no CIO, the CTO may run internal IT: IT directors and managers under the CTO',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO\n    itd: IT director\n      itm: IT manager\n    itm2: IT manager',
      ),
    },
    {
      name: 'executives under a supervisory board: a two-tier board’s line',
      chart: orgChart(
        'rvt: Raad van Toezicht\n  rvb: Voorzitter Raad van Bestuur\n  cfo: CFO\n  gc: General counsel',
      ),
    },
    {
      name: 'a head of finance under the CMO, beside the CFO, heads a department, not the CFO',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  cmo: CMO\n    fin: Head of Finance'),
    },
    {
      name: 'a regional CFO under the regional marketing head leads finance in a unit',
      chart: orgChart('ceo: CEO\n  cmo: CMO\n    cfo: CFO Nordics'),
    },
    {
      name: 'an atypical line on a reporting cycle (reporting-cycle reports it)',
      chart: orgChart('cmo: CMO [reportsTo=cfo]\n  cfo: CFO'),
    },
    {
      name: 'an atypical line below an unknown manager (unknown-manager reports it)',
      chart: orgChart('cmo: CMO [reportsTo=ghost]\n  cfo: CFO'),
    },
  ],
  invalid: [
    {
      name: 'a CFO under the CMO',
      chart: orgChart('ceo: CEO\n  cmo: CMO\n    cfo: CFO\n      acc: Accountant'),
      findings: [
        {
          positionIds: ['cfo', 'cmo'],
          severity: 'warning',
          messageId: 'atypicalLine',
          data: { position: '“CFO”', manager: '“CMO”', role: 'cfo', second: 'none' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CFO”', manager: '“CEO”' },
              output: orgChart(
                'ceo: CEO\n  cmo: CMO\n    cfo: CFO [reportsTo=ceo]\n      acc: Accountant',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a CIO under the CTO (both C-level)',
      chart: orgChart('ceo: Adm. direktør\n  cto: Teknisk direktør\n    cio: IT-direktør'),
      findings: [
        {
          positionIds: ['cio', 'cto'],
          messageId: 'atypicalLine',
          data: {
            position: '“IT-direktør” (CIO)',
            manager: '“Teknisk direktør” (CTO)',
            role: 'cio',
            second: 'none',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“IT-direktør”', manager: '“Adm. direktør”' },
            },
          ],
        },
      ],
    },
    {
      name: 'with no CFO elsewhere, a head of finance under the CMO is the finance lead',
      chart: orgChart('ceo: CEO\n  cmo: CMO\n    fin: Head of Finance'),
      findings: [
        {
          positionIds: ['fin', 'cmo'],
          messageId: 'atypicalLine',
          data: {
            position: '“Head of Finance” (CFO)',
            manager: '“CMO”',
            role: 'cfo',
            second: 'none',
          },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Head of Finance”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'general counsel under the COO',
      chart: orgChart('ceo: CEO\n  coo: COO\n    gc: Chief Legal Officer [roles=general-counsel]'),
      findings: [
        {
          positionIds: ['gc', 'coo'],
          messageId: 'atypicalLine',
          data: {
            position: '“Chief Legal Officer” (General counsel)',
            manager: '“COO”',
            role: 'general_counsel',
            second: 'none',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Chief Legal Officer”', manager: '“CEO”' },
            },
          ],
        },
      ],
    },
    {
      name: 'with no CTO, a VP Engineering under the CFO goes to the CEO',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    vpe: VP Engineering'),
      findings: [
        {
          positionIds: ['vpe', 'cfo'],
          messageId: 'atypicalLine',
          data: {
            position: '“VP Engineering”',
            manager: '“CFO”',
            role: 'vp_engineering',
            second: 'none',
          },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'a VP or director under a manager-level role, with no executive to cover it',
      chart: orgChart('ceo: CEO\n  itm: IT manager\n    itd: IT director\n    vpe: VP Engineering'),
      findings: [
        {
          positionIds: ['itd', 'itm'],
          messageId: 'atypicalLine',
          data: {
            position: '“IT director”',
            manager: '“IT manager”',
            role: 'it_director',
            second: 'none',
          },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT director”', manager: '“CEO”' } },
          ],
        },
        {
          positionIds: ['vpe', 'itm'],
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“VP Engineering”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'an IT manager outside IT with no CIO: the usual managers in order',
      chart: orgChart('ceo: CEO\n  cmo: CMO\n    itm: IT manager'),
      findings: [
        {
          positionIds: ['itm', 'cmo'],
          // The list follows the catalogue, most frequent first; the test pins its start and form.
          messageId: 'atypicalLine',
          data: { position: '“IT manager”', manager: '“CMO”', role: 'it_manager', second: 'none' },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“IT manager”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'a dual-hatted CTO/VP Engineering is judged by both hats',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n  cfo: CFO\n    eng: Head of Engineering [roles=cto+vp-engineering]',
      ),
      findings: [
        {
          positionIds: ['eng', 'cfo'],
          messageId: 'atypicalLine',
          data: {
            position: '“Head of Engineering” (CTO/VP Engineering)',
            manager: '“CFO”',
            role: 'cto',
            second: 'vp_engineering',
          },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“Head of Engineering”', manager: '“CEO”' },
            },
          ],
        },
      ],
    },
    {
      name: 'explicit roles on both ends',
      chart: orgChart('ceo: CEO\n  m: Marketing [roles=cmo]\n    f: Numbers [roles=cfo]'),
      findings: [
        {
          positionIds: ['f', 'm'],
          messageId: 'atypicalLine',
          data: {
            position: '“Numbers” (CFO)',
            manager: '“Marketing” (CMO)',
            role: 'cfo',
            second: 'none',
          },
          suggestions: [
            { messageId: 'moveUnder', data: { position: '“Numbers”', manager: '“CEO”' } },
          ],
        },
      ],
    },
    {
      name: 'two CEOs: no sole holder to suggest, so no suggestion',
      chart: orgChart('a: CEO\n  cmo: CMO\n    cfo: CFO\nb: CEO'),
      findings: [{ positionIds: ['cfo', 'cmo'] }],
    },
    {
      name: 'a usual manager inside the position’s own team is skipped for the next one',
      chart: orgChart('cto: CTO\n  cio: CIO\n    ceo: CEO\n  cfo: CFO'),
      findings: [
        {
          positionIds: ['cio', 'cto'],
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CIO”', manager: '“CFO”' },
              output: orgChart('cto: CTO\n  cio: CIO [reportsTo=cfo]\n    ceo: CEO\n  cfo: CFO'),
            },
          ],
        },
        {
          positionIds: ['cfo', 'cto'],
          suggestions: [{ messageId: 'moveUnder', data: { position: '“CFO”', manager: '“CEO”' } }],
        },
      ],
    },
    {
      name: 'a later position sharing an id is reported without a patch',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  cmo: CMO\n    cfo: Chief Financial Officer'),
      findings: [
        {
          positionIds: ['cfo', 'cmo'],
          messageId: 'atypicalLine',
          data: {
            position: '“Chief Financial Officer” (CFO)',
            manager: '“CMO”',
            role: 'cfo',
            second: 'none',
          },
        },
      ],
    },
    {
      name: 'ids that are Object.prototype names',
      chart: orgChart('constructor: CEO\n  __proto__: CMO\n    toString: CHRO'),
      findings: [
        {
          positionIds: ['toString', '__proto__'],
          messageId: 'atypicalLine',
          data: { position: '“CHRO”', manager: '“CMO”', role: 'chro', second: 'none' },
          suggestions: [
            {
              messageId: 'moveUnder',
              data: { position: '“CHRO”', manager: '“CEO”' },
              output: orgChart(
                'constructor: CEO\n  __proto__: CMO\n    toString: CHRO [reportsTo=constructor]',
              ),
            },
          ],
        },
      ],
    },
  ],
});

describe('atypical-manager sources', () => {
  const sourcesOf = (outline: string) =>
    validate(orgChart(outline), { ruleSet: [rule] }).findings.map((f) => [
      f.positionIds,
      f.sources,
    ]);

  /** The rule's own sources on the roles' lines, as the rule cites them. */
  const citedFor = (...roles: RoleId[]) =>
    cite([
      ...new Set(
        roles.flatMap((role) => getRole(role).sources).filter((id) => rule.sources.includes(id)),
      ),
    ]);

  it('cites the sources on where the position’s role reports, not all of the rule’s', () => {
    expect(sourcesOf('ceo: CEO\n  cmo: CMO\n    cfo: CFO')).toEqual([
      [['cfo', 'cmo'], citedFor('cfo')],
    ]);
    expect(sourcesOf('ceo: CEO\n  coo: COO\n    gc: General counsel')).toEqual([
      [['gc', 'coo'], citedFor('general-counsel')],
    ]);
    // The CFO survey, not the CISO's or the VP Engineering's.
    expect(citedFor('cfo')).toEqual(cite(['EXT:28']));
  });

  it('cites the sources of both hats of a dual-hatted position', () => {
    expect(
      sourcesOf(
        'ceo: CEO\n  cio: CIO\n  cfo: CFO\n    eng: Head of Engineering [roles=cto+vp-engineering]',
      ),
    ).toEqual([[['eng', 'cfo'], citedFor('cto', 'vp-engineering')]]);
  });
});
