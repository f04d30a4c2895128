import { describe, expect, it } from 'vitest';
import { parseRuleSettings } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './tech-leadership-fit.js';

const product = { businessModel: 'product' as const };
const enterprise = (headcount?: number) =>
  headcount === undefined
    ? { businessModel: 'enterprise' as const }
    : { businessModel: 'enterprise' as const, headcount };

RuleTester.run(rule, {
  valid: [
    {
      name: 'an empty chart is not drawn yet',
      chart: { version: 1, company: product, positions: [] },
    },
    { name: 'no business model', chart: orgChart('ceo: CEO\n  cfo: CFO', { headcount: 500 }) },
    { name: 'a product company with a CTO', chart: orgChart('ceo: CEO\n  cto: CTO', product) },
    {
      name: 'a product company with only a VP Engineering',
      chart: orgChart('ceo: CEO\n  vpe: Head of Engineering', product),
    },
    {
      name: 'a product company with a Danish teknologichef',
      chart: orgChart('dir: Adm. direktør\n  tek: Teknologichef', product),
    },
    {
      name: 'a product company with a dual-hatted CIO/CTO',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO', product),
    },
    {
      name: 'a product company whose CTO is on a cycle still has a CTO',
      chart: orgChart('ceo: CEO\ncto: CTO [reportsTo=x]\n  x: Lead', product),
    },
    { name: 'an enterprise with a CIO', chart: orgChart('ceo: CEO\n  cio: CIO', enterprise(300)) },
    {
      name: 'an enterprise with a Dutch directeur informatiemanagement',
      chart: orgChart(
        'dir: Algemeen directeur\n  cio: Directeur informatiemanagement',
        enterprise(300),
      ),
    },
    {
      name: 'an enterprise under 50 employees',
      chart: orgChart('ceo: CEO\n  it: IT manager', enterprise(49)),
    },
    { name: 'an enterprise without a headcount', chart: orgChart('ceo: CEO', enterprise()) },
    {
      name: 'a product company needs no CIO',
      chart: orgChart('ceo: CEO\n  cto: CTO', { businessModel: 'product', headcount: 5000 }),
    },
    {
      name: 'an enterprise needs no CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO', enterprise(5000)),
    },
    {
      name: 'a software company that says it is an enterprise is judged as one',
      chart: orgChart('ceo: CEO\n  cio: CIO', { sector: 'software', ...enterprise(300) }),
    },
    {
      name: 'a higher enterpriseCioFrom',
      chart: orgChart('ceo: CEO', enterprise(80)),
      setting: ['info', { enterpriseCioFrom: 100 }],
    },
  ],
  invalid: [
    {
      name: 'a product company without a CTO or VP Engineering',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n  eng: Engineering team', product),
      findings: [
        {
          positionIds: ['ceo'],
          severity: 'info',
          messageId: 'noProductLead',
          data: {},
          suggestions: [
            {
              title: 'Add a vacant CTO under “CEO”',
              output: {
                version: 1,
                company: product,
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
                  { id: 'eng', title: 'Engineering team', reportsTo: 'ceo' },
                  {
                    id: 'cto',
                    title: 'Chief Technology Officer',
                    roles: ['cto'],
                    reportsTo: 'ceo',
                    vacant: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'an enterprise of 50 without a CIO, with an IT director',
      chart: orgChart('ceo: CEO\n  cfo: CFO\n    it: Hoofd IT', enterprise(50)),
      findings: [
        {
          positionIds: ['ceo'],
          severity: 'info',
          messageId: 'noCio',
          data: { headcount: 50 },
          suggestions: [
            {
              // The IT director joins the new CIO's team (else it-under-cio would fire next).
              title: 'Add a vacant CIO under “CEO”, with “Hoofd IT” in its team',
              output: {
                version: 1,
                company: enterprise(50),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
                  { id: 'it', title: 'Hoofd IT', reportsTo: 'cio' },
                  {
                    id: 'cio',
                    title: 'Chief Information Officer',
                    roles: ['cio'],
                    reportsTo: 'ceo',
                    vacant: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a Danish CEO title',
      chart: orgChart('dir: Administrerende direktør\n  cfo: Økonomidirektør', enterprise(2000)),
      findings: [
        {
          positionIds: ['dir'],
          messageId: 'noCio',
          data: { headcount: 2000 },
          suggestions: [{ title: 'Add a vacant CIO under “Administrerende direktør”' }],
        },
      ],
    },
    {
      name: 'explicit roles override titles: a “CTO” box that holds no role',
      chart: orgChart('ceo: CEO\n  x: CTO [roles=]', product),
      findings: [
        { positionIds: ['ceo'], suggestions: [{ title: 'Add a vacant CTO under “CEO”' }] },
      ],
    },
    {
      name: 'no CEO: the finding names no position, and the CTO goes under the single top',
      chart: orgChart('d: Direktion\n  cfo: CFO [reportsTo=d]', product),
      findings: [
        {
          positionIds: [],
          suggestions: [
            {
              title: 'Add a vacant CTO under “Direktion”',
              output: {
                version: 1,
                company: product,
                positions: [
                  { id: 'd', title: 'Direktion' },
                  { id: 'cfo', title: 'CFO', reportsTo: 'd' },
                  {
                    id: 'cto',
                    title: 'Chief Technology Officer',
                    roles: ['cto'],
                    reportsTo: 'd',
                    vacant: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'no CEO and an executive at the top: a new CTO under the CFO would be misplaced',
      chart: orgChart('cfo: CFO', product),
      findings: [{ positionIds: [] }],
    },
    {
      name: 'no CEO and several tops: no safe place for a new position',
      chart: orgChart('cfo: CFO\ncoo: COO', product),
      findings: [{ positionIds: [] }],
    },
    {
      name: 'a software company with no business model stated is a product company',
      chart: orgChart('ceo: CEO\n  cfo: CFO', { sector: 'software' }),
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'noProductLead',
          data: {},
          suggestions: [{ title: 'Add a vacant CTO under “CEO”' }],
        },
      ],
    },
    {
      name: 'a new CIO takes the IT managers that no IT director leads into its team',
      chart: orgChart(
        'ceo: CEO\n  cfo: CFO\n    itm: IT manager\n  itm2: IT-leder',
        enterprise(80),
      ),
      findings: [
        {
          positionIds: ['ceo'],
          suggestions: [
            {
              title: 'Add a vacant CIO under “CEO”, with “IT manager” and “IT-leder” in its team',
              output: {
                version: 1,
                company: enterprise(80),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
                  { id: 'itm', title: 'IT manager', reportsTo: 'cio' },
                  { id: 'itm2', title: 'IT-leder', reportsTo: 'cio' },
                  {
                    id: 'cio',
                    title: 'Chief Information Officer',
                    roles: ['cio'],
                    reportsTo: 'ceo',
                    vacant: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'two CEOs: no position named, no safe place for a new one',
      chart: orgChart('a: CEO\nb: Chief Executive Officer', product),
      findings: [{ positionIds: [] }],
    },
    {
      name: 'a CEO on a cycle: named, but no place for a new position',
      chart: orgChart('ceo: CEO [reportsTo=coo]\n  coo: COO', enterprise(100)),
      findings: [{ positionIds: ['ceo'] }],
    },
    {
      name: 'the id "cio" is taken',
      chart: orgChart('ceo: CEO\n  cio: Head of Customer Insight', enterprise(60)),
      findings: [
        {
          positionIds: ['ceo'],
          suggestions: [
            {
              title: 'Add a vacant CIO under “CEO”',
              output: {
                version: 1,
                company: enterprise(60),
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'Head of Customer Insight', reportsTo: 'ceo' },
                  {
                    id: 'cio-2',
                    title: 'Chief Information Officer',
                    roles: ['cio'],
                    reportsTo: 'ceo',
                    vacant: true,
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: 'a lower enterpriseCioFrom',
      chart: orgChart('ceo: CEO', enterprise(20)),
      setting: ['info', { enterpriseCioFrom: 10 }],
      findings: [
        { positionIds: ['ceo'], suggestions: [{ title: 'Add a vacant CIO under “CEO”' }] },
      ],
    },
  ],
});

describe('tech-leadership-fit options', () => {
  it('default to a CIO from 50 employees', () => {
    expect(rule.options?.parse({})).toEqual({ enterpriseCioFrom: 50 });
  });

  it('refuse a headcount that is not a positive whole number, and unknown options', () => {
    for (const options of [
      { enterpriseCioFrom: -1 },
      { enterpriseCioFrom: '50' },
      { cioFrom: 50 },
    ]) {
      expect(parseRuleSettings({ 'tech-leadership-fit': ['info', options] }).ok).toBe(false);
    }
  });
});
