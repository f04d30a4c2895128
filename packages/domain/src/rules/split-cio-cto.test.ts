import { describe, expect, it } from 'vitest';
import { parseRuleSettings } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './split-cio-cto.js';

const large = { headcount: 400 };

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { version: 1, company: large, positions: [] } },
    { name: 'no headcount', chart: orgChart('ceo: CEO\n  t: CIO/CTO') },
    { name: 'under 250 employees', chart: orgChart('ceo: CEO\n  t: CIO/CTO', { headcount: 249 }) },
    { name: 'both roles, separately', chart: orgChart('ceo: CEO\n  cio: CIO\n  cto: CTO', large) },
    {
      name: 'neither role: tech-leadership-fit’s question',
      chart: orgChart('ceo: CEO\n  cfo: CFO', large),
    },
    {
      name: 'a dual-hatted CIO/CTO beside a separate CTO: split already (duplicate-executive)',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO\n  cto: CTO', large),
    },
    {
      name: 'explicit roles override the title: “CIO/CTO” holding only cio, beside a CTO',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO [roles=cio]\n  cto: Teknologichef', large),
    },
    {
      name: 'the only CIO on a cycle waits for the cycle to be fixed',
      chart: orgChart('ceo: CEO\ncio: CIO [reportsTo=x]\n  x: IT Director', large),
    },
    {
      name: 'an enterprise with only a CTO: tech-leadership-fit asks for the CIO',
      chart: orgChart('ceo: CEO\n  cto: CTO', { headcount: 400, businessModel: 'enterprise' }),
    },
    {
      name: 'a product company with only a CIO: tech-leadership-fit asks for the CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, businessModel: 'product' }),
    },
    {
      name: 'a public body with only a CIO is not told to add a CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, sector: 'public-sector' }),
    },
    {
      name: 'nor a hospital, a university or a charity',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, sector: 'healthcare' }),
    },
    {
      name: 'a university with only a CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 4_000, sector: 'education' }),
    },
    {
      name: 'a charity with only a CIO',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, sector: 'nonprofit' }),
    },
    {
      name: 'a municipality known by its titles (the sector is inferred) with only a CIO',
      chart: orgChart('dir: Kommunaldirektør\n  cio: IT-chef', { headcount: 5_000 }),
    },
    {
      name: 'a hospital known by its titles with only a CIO',
      chart: orgChart('ceo: Ziekenhuisdirecteur\n  cio: CIO', { headcount: 3_000 }),
    },
    {
      name: 'a software company (no business model stated) with only a CIO: tech-leadership-fit asks',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, sector: 'software' }),
    },
    {
      name: 'a public body with only a CTO is not asked for a CIO either',
      chart: orgChart('ceo: CEO\n  cto: CTO', { headcount: 400, sector: 'public-sector' }),
    },
    {
      name: 'nor is a hospital asked to split a combined technology executive',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO', { headcount: 3_000, sector: 'healthcare' }),
    },
    {
      name: 'a higher minHeadcount',
      chart: orgChart('ceo: CEO\n  cio: CIO', large),
      setting: ['info', { minHeadcount: 1000 }],
    },
  ],
  invalid: [
    {
      name: 'only a CIO: add a vacant CTO under the CEO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n    it: IT Director', large),
      findings: [
        {
          positionIds: ['cio'],
          severity: 'info',
          messageId: 'missingRole',
          data: { headcount: 400, present: 'CIO', position: '“CIO”', missing: 'CTO' },
          suggestions: [
            {
              title: 'Add a vacant CTO under “CEO”',
              output: {
                version: 1,
                company: large,
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
                  { id: 'it', title: 'IT Director', reportsTo: 'cio' },
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
      name: 'only a CTO, at exactly 250 employees: add a vacant CIO',
      chart: orgChart('ceo: CEO\n  cto: CTO', { headcount: 250 }),
      findings: [
        {
          positionIds: ['cto'],
          messageId: 'missingRole',
          data: { headcount: 250, present: 'CTO', position: '“CTO”', missing: 'CIO' },
          suggestions: [{ title: 'Add a vacant CIO under “CEO”' }],
        },
      ],
    },
    {
      name: 'a dual-hatted CIO/CTO: split either way, keeping it as the CIO first',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO [holder=Ada]', { headcount: 1_500 }),
      findings: [
        {
          positionIds: ['t'],
          severity: 'info',
          messageId: 'dualRole',
          data: { position: '“CIO/CTO”', headcount: 1500 },
          suggestions: [
            {
              title: 'Keep “CIO/CTO” as the CIO and add a vacant CTO under “CEO”',
              output: {
                version: 1,
                company: { headcount: 1_500 },
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 't', title: 'CIO/CTO', reportsTo: 'ceo', holder: 'Ada', roles: ['cio'] },
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
            { title: 'Keep “CIO/CTO” as the CTO and add a vacant CIO under “CEO”' },
          ],
        },
      ],
    },
    {
      name: 'a product company keeps a dual-hatted executive as the CTO first',
      chart: orgChart('ceo: CEO\n  t: Chief Technology & Information Officer', {
        headcount: 300,
        businessModel: 'product',
      }),
      findings: [
        {
          positionIds: ['t'],
          suggestions: [
            {
              title:
                'Keep “Chief Technology & Information Officer” as the CTO and add a vacant CIO under “CEO”',
            },
            {
              title:
                'Keep “Chief Technology & Information Officer” as the CIO and add a vacant CTO under “CEO”',
            },
          ],
        },
      ],
    },
    {
      name: 'explicit roles: a founder CEO holding cio and cto keeps the CEO role',
      chart: orgChart('f: Founder [roles=ceo+cio+cto]\n  cfo: CFO', large),
      findings: [
        {
          positionIds: ['f'],
          suggestions: [
            {
              title: 'Keep “Founder” as the CIO and add a vacant CTO under “Founder”',
              output: {
                version: 1,
                company: large,
                positions: [
                  { id: 'f', title: 'Founder', roles: ['ceo', 'cio'] },
                  { id: 'cfo', title: 'CFO', reportsTo: 'f' },
                  {
                    id: 'cto',
                    title: 'Chief Technology Officer',
                    roles: ['cto'],
                    reportsTo: 'f',
                    vacant: true,
                  },
                ],
              },
            },
            { title: 'Keep “Founder” as the CTO and add a vacant CIO under “Founder”' },
          ],
        },
      ],
    },
    {
      name: 'no CEO: the new position goes under the chart’s single top',
      chart: orgChart('boss: Founder\n  cio: IT-direktør', large),
      findings: [
        {
          positionIds: ['cio'],
          suggestions: [
            {
              title: 'Add a vacant CTO under “Founder”',
              output: {
                version: 1,
                company: large,
                positions: [
                  { id: 'boss', title: 'Founder' },
                  { id: 'cio', title: 'IT-direktør', reportsTo: 'boss' },
                  {
                    id: 'cto',
                    title: 'Chief Technology Officer',
                    roles: ['cto'],
                    reportsTo: 'boss',
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
      name: 'no CEO and several tops: no safe place for a new position',
      chart: orgChart('cio: CIO\nsales: Head of Sales', large),
      findings: [{ positionIds: ['cio'] }],
    },
    {
      name: 'a software company keeps a dual-hatted executive as the CTO first',
      chart: orgChart('ceo: CEO\n  t: CIO/CTO', { headcount: 300, sector: 'software' }),
      findings: [
        {
          positionIds: ['t'],
          suggestions: [{ title: /as the CTO and add/ }, { title: /as the CIO and add/ }],
        },
      ],
    },
    {
      name: 'two CEOs: no safe place for a new position',
      chart: orgChart('a: CEO\n  cto: Teknologichef\nb: Algemeen directeur', large),
      findings: [{ positionIds: ['cto'] }],
    },
    {
      name: 'the id "cto" is taken: the new CTO gets a fresh one',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  cto: Head of Sales', large),
      findings: [
        {
          positionIds: ['cio'],
          suggestions: [
            {
              title: 'Add a vacant CTO under “CEO”',
              output: {
                version: 1,
                company: large,
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
                  { id: 'cto', title: 'Head of Sales', reportsTo: 'ceo' },
                  {
                    id: 'cto-2',
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
      name: 'duplicate CIOs and no CTO: one finding, on the first CIO',
      chart: orgChart('ceo: CEO\n  a: CIO\n  b: Chief Information Officer', large),
      findings: [{ positionIds: ['a'], suggestions: [{ title: 'Add a vacant CTO under “CEO”' }] }],
    },
    {
      name: 'two dual-hatted positions: each is reported',
      chart: orgChart('ceo: CEO\n  a: CIO/CTO\n  b: CTIO', large),
      findings: [
        { positionIds: ['a'], suggestions: [{ title: /as the CIO/ }, { title: /as the CTO/ }] },
        { positionIds: ['b'], suggestions: [{ title: /as the CIO/ }, { title: /as the CTO/ }] },
      ],
    },
    {
      name: 'a product company with a CIO and a VP Engineering but no CTO',
      chart: orgChart('ceo: CEO\n  cio: CIO\n  vpe: VP Engineering', {
        headcount: 400,
        businessModel: 'product',
      }),
      findings: [
        {
          positionIds: ['cio'],
          suggestions: [
            {
              // The VP Engineering joins the new CTO's team.
              title: 'Add a vacant CTO under “CEO”, with “VP Engineering” in its team',
              output: {
                version: 1,
                company: { headcount: 400, businessModel: 'product' },
                positions: [
                  { id: 'ceo', title: 'CEO' },
                  { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
                  { id: 'vpe', title: 'VP Engineering', reportsTo: 'cto' },
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
      name: 'a product company with only a CTO still needs a CIO at this size',
      chart: orgChart('ceo: CEO\n  cto: CTO', { headcount: 400, businessModel: 'product' }),
      findings: [
        { positionIds: ['cto'], suggestions: [{ title: 'Add a vacant CIO under “CEO”' }] },
      ],
    },
    {
      name: 'an enterprise with only a CIO still needs a CTO at this size',
      chart: orgChart('ceo: CEO\n  cio: CIO', { headcount: 400, businessModel: 'enterprise' }),
      findings: [
        { positionIds: ['cio'], suggestions: [{ title: 'Add a vacant CTO under “CEO”' }] },
      ],
    },
    {
      name: 'a lower minHeadcount',
      chart: orgChart('ceo: CEO\n  cto: CTO', { headcount: 120 }),
      setting: ['info', { minHeadcount: 100 }],
      findings: [
        { positionIds: ['cto'], suggestions: [{ title: 'Add a vacant CIO under “CEO”' }] },
      ],
    },
  ],
});

describe('split-cio-cto options', () => {
  it('default to 250 employees', () => {
    expect(rule.options?.parse({})).toEqual({ minHeadcount: 250 });
  });

  it('refuse a headcount that is not a positive whole number, and unknown options', () => {
    for (const options of [{ minHeadcount: 0 }, { minHeadcount: 2.5 }, { min: 100 }]) {
      expect(parseRuleSettings({ 'split-cio-cto': ['info', options] }).ok).toBe(false);
    }
  });
});
