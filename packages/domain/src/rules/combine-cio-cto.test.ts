import { describe, expect, it } from 'vitest';
import { parseRuleSettings } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './combine-cio-cto.js';

const staff = (headcount: number, businessModel?: 'product' | 'enterprise') =>
  businessModel === undefined ? { headcount } : { headcount, businessModel };
const peers = 'ceo: CEO\n  cio: CIO\n  cto: CTO';

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { version: 1, company: staff(10), positions: [] } },
    { name: 'no headcount: the rule cannot judge size', chart: orgChart(peers) },
    {
      name: 'a company profile without a headcount',
      chart: orgChart(peers, { businessModel: 'product' }),
    },
    { name: '250 employees: large enough for both', chart: orgChart(peers, staff(250)) },
    { name: 'only a CIO', chart: orgChart('ceo: CEO\n  cio: CIO', staff(20)) },
    {
      name: 'a dual-hatted CIO/CTO is the combined role',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO', staff(20)),
    },
    {
      name: 'a dual-hatted CIO/CTO beside a second CTO is duplicate-executive’s finding',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO\n  cto: CTO', staff(20)),
    },
    {
      name: 'explicit roles override titles: boxes titled CIO and CTO holding other roles',
      chart: orgChart(
        'ceo: CEO\n  a: CIO [roles=it-director]\n  b: CTO [roles=vp-engineering]',
        staff(20),
      ),
    },
    {
      name: 'a CTO on a cycle is left to reporting-cycle',
      chart: orgChart('ceo: CEO\n  cio: CIO\ncto: CTO [reportsTo=x]\n  x: Lead', staff(20)),
    },
    {
      name: 'at exactly a configured infoBelow nothing fires',
      chart: orgChart(peers, staff(500)),
      setting: ['info', { infoBelow: 500 }],
    },
  ],
  invalid: [
    {
      name: 'under 50 employees: a warning, merging the CTO into the CIO by default',
      chart: orgChart(
        `
        ceo: CEO
          cio: CIO
            it: IT manager
          cto: CTO
            eng: Engineering lead
        `,
        staff(30),
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'warning',
          messageId: 'small',
          data: { headcount: 30, cio: '“CIO”', cto: '“CTO”', infoBelow: 250 },
          suggestions: [
            {
              title: 'Merge “CTO” into “CIO” as one CIO/CTO',
              output: {
                version: 1,
                company: staff(30),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'CIO/CTO', reportsTo: 'ceo' },
                  { id: 'it', title: 'IT manager', reportsTo: 'cio' },
                  { id: 'eng', title: 'Engineering lead', reportsTo: 'cio' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'from 50 to 249 employees: a note',
      chart: orgChart(peers, staff(120)),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'info',
          messageId: 'midsize',
          data: { headcount: 120, cio: '“CIO”', cto: '“CTO”', infoBelow: 250 },
          suggestions: [{ title: 'Merge “CTO” into “CIO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'the limits are options',
      chart: orgChart(peers, staff(80)),
      setting: ['warning', { warnBelow: 100, infoBelow: 300 }],
      findings: [
        {
          positionIds: ['cto', 'cio'],
          severity: 'warning',
          messageId: 'small',
          data: { headcount: 80, cio: '“CIO”', cto: '“CTO”', infoBelow: 300 },
          suggestions: [{ title: /Merge/ }],
        },
      ],
    },
    {
      name: 'at exactly warnBelow the finding is a note',
      chart: orgChart(peers, staff(50)),
      findings: [
        { positionIds: ['cto', 'cio'], severity: 'info', suggestions: [{ title: /Merge/ }] },
      ],
    },
    {
      name: 'a product company keeps the CTO',
      chart: orgChart(peers, staff(20, 'product')),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CIO” into “CTO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'the CTO under the CIO: the manager stays, whatever the business model',
      chart: orgChart(
        'ceo: CEO\n  cio: CIO\n    cto: CTO\n      eng: Engineer',
        staff(20, 'product'),
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [
            {
              title: 'Merge “CTO” into “CIO” as one CIO/CTO',
              output: {
                version: 1,
                company: staff(20, 'product'),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'CIO/CTO', reportsTo: 'ceo' },
                  { id: 'eng', title: 'Engineer', reportsTo: 'cio' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'the CIO two levels under the CTO: the CTO stays, so no loop forms',
      chart: orgChart('ceo: CEO\n  cto: CTO\n    ops: Platform lead\n      cio: CIO', staff(20)),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CIO” into “CTO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'a filled CIO under a vacant CTO stays and takes its place: the merge keeps the person',
      chart: orgChart(
        'ceo: CEO\n  cto: CTO [vacant]\n    p: Platform lead\n      cio: CIO [holder=Bo]',
        staff(20),
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [
            {
              title: 'Merge “CTO” into “CIO” as one CIO/CTO',
              output: {
                version: 1,
                company: staff(20),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'p', title: 'Platform lead', reportsTo: 'cio' },
                  { id: 'cio', title: 'CIO/CTO', reportsTo: 'ceo', holder: 'Bo' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a permanent CTO under an interim CIO stays: the interim was standing in',
      chart: orgChart(
        'ceo: CEO\n  cio: Interim CIO [holder=Kim]\n    cto: CTO & Co-founder [holder=Ada]',
        staff(20),
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [
            {
              title: 'Merge “Interim CIO” into “CTO & Co-founder” as one CIO/CTO',
              output: {
                version: 1,
                company: staff(20),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cto', title: 'CIO/CTO', reportsTo: 'ceo', holder: 'Ada' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'both interim: the one above stays',
      chart: orgChart(
        'ceo: CEO\n  cio: Interim CIO [holder=Kim]\n    cto: CTO [holder=Ada, interim]',
        staff(20),
      ),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CTO” into “Interim CIO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'a vacant CIO is merged into the filled CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO [vacant]\n  cto: CTO [holder=Ada]', staff(20)),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CIO” into “CTO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'the one nearer the top stays',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    cio: CIO\n  cto: CTO', staff(20)),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CIO” into “CTO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'Danish and Dutch titles',
      chart: orgChart(
        'dir: Adm. direktør\n  it: IT-direktør\n  tek: Technisch directeur',
        staff(12),
      ),
      findings: [
        {
          positionIds: ['tek', 'it'],
          suggestions: [{ title: 'Merge “Technisch directeur” into “IT-direktør” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'explicit roles override titles',
      chart: orgChart(
        'ceo: CEO\n  a: Head of IT [roles=cio]\n  b: Head of Platform [roles=cto]',
        staff(12),
      ),
      findings: [
        {
          positionIds: ['b', 'a'],
          suggestions: [{ title: 'Merge “Head of Platform” into “Head of IT” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'duplicate CIOs: one finding, for the first CIO',
      chart: orgChart('ceo: CEO\n  a: CIO\n  b: Chief Information Officer\n  cto: CTO', staff(12)),
      findings: [
        {
          positionIds: ['cto', 'a'],
          suggestions: [{ title: 'Merge “CTO” into “CIO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'no CEO at all',
      chart: orgChart('cio: CIO\ncto: CTO', staff(12)),
      findings: [
        {
          positionIds: ['cto', 'cio'],
          suggestions: [{ title: 'Merge “CTO” into “CIO” as one CIO/CTO' }],
        },
      ],
    },
    {
      name: 'a CTO sharing its id with an earlier position cannot be merged by id',
      chart: orgChart('ceo: CEO\n  cto: Head of Sales\n  cio: CIO\n  cto: CTO', staff(12)),
      findings: [{ positionIds: ['cto', 'cio'] }],
    },
    {
      name: 'headcount 0 (a company being founded) is small',
      chart: orgChart(peers, staff(0)),
      findings: [
        { positionIds: ['cto', 'cio'], severity: 'warning', suggestions: [{ title: /Merge/ }] },
      ],
    },
  ],
});

describe('combine-cio-cto options', () => {
  it('default to warning under 50 and a note under 250', () => {
    expect(rule.options?.parse({})).toEqual({ warnBelow: 50, infoBelow: 250 });
  });

  it('refuse a warning limit above the note limit, with a clear message', () => {
    const parsed = parseRuleSettings({ 'combine-cio-cto': ['warning', { warnBelow: 300 }] });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        {
          path: ['combine-cio-cto', 1, 'warnBelow'],
          message:
            '"warnBelow" (300) must not be larger than "infoBelow" (250): the warning covers the smallest companies, the note the ones in between',
        },
      ],
    });
  });

  it('refuse unknown options and limits that are not positive whole numbers', () => {
    for (const options of [{ warnbelow: 10 }, { warnBelow: 0 }, { infoBelow: 99.5 }]) {
      expect(parseRuleSettings({ 'combine-cio-cto': ['warning', options] }).ok).toBe(false);
    }
  });
});
