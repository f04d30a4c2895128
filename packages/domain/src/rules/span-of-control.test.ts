import { describe, expect, it } from 'vitest';
import type { Chart, Position } from '../chart/schema.js';
import { parseRuleSettings, validate } from '../default-rules.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './span-of-control.js';

/**
 * A manager with `reports` direct reports, built in a loop: a frontline team by default (agents
 * who lead nobody), or with the first `leaders` of them leading teams of their own by title.
 */
function teamOf(reports: number, managerTitle = 'Head of Support', leaders = 0): Chart {
  const positions: Position[] = [
    { id: 'ceo', title: 'CEO' },
    { id: 'lead', title: managerTitle, reportsTo: 'ceo' },
  ];
  for (let k = 1; k <= reports; k++) {
    const title = k <= leaders ? `Team Leader ${k}` : 'Support agent';
    positions.push({ id: `agent-${k}`, title, reportsTo: 'lead' });
  }
  return { version: 1, positions };
}

/** A manager of managers: every report leads a team (by title; leadership charts leave teams out). */
const managersOf = (reports: number, managerTitle = 'Head of Operations') =>
  teamOf(reports, managerTitle, reports);

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'a small team', chart: orgChart('ceo: CEO\n  cto: CTO\n  cfo: CFO') },
    { name: 'exactly the default limit of 15 for a team of managers', chart: managersOf(15) },
    {
      name: 'a frontline team of 13 to 18, normal for standardised work (service, claims, branches)',
      chart: teamOf(18),
    },
    { name: 'exactly the default frontline limit of 25', chart: teamOf(25) },
    {
      name: 'a team of 16 in which fewer than half lead is a frontline team',
      chart: teamOf(16, 'Head of Claims', 7),
    },
    {
      name: 'exactly a configured limit',
      chart: managersOf(8),
      setting: ['warning', { max: 8 }],
    },
    {
      name: 'a configured max does not apply to a frontline team',
      chart: teamOf(20),
      setting: ['warning', { max: 8 }],
    },
    {
      name: 'a raised frontline limit for standardised work',
      chart: teamOf(30),
      setting: ['warning', { frontlineMax: 30 }],
    },
    {
      name: 'later positions sharing a manager id do not count as that manager',
      chart: (() => {
        // Six reports go to the first "lead"; the second "lead" has none of its own.
        const chart = teamOf(6);
        chart.positions.push({ id: 'lead', title: 'Second lead', reportsTo: 'ceo' });
        return chart;
      })(),
      setting: ['warning', { max: 6, frontlineMax: 6 }],
    },
  ],
  invalid: [
    {
      name: 'one report over the default limit for a team of managers',
      chart: managersOf(16),
      findings: [
        {
          positionIds: ['lead'],
          severity: 'warning',
          messageId: 'managersTeam',
          data: { manager: '“Head of Operations”', span: 16, limit: 15 },
        },
      ],
    },
    {
      name: 'a team of 16 half of whom lead is a team of managers',
      chart: teamOf(16, 'Head of Claims', 8),
      findings: [
        {
          positionIds: ['lead'],
          messageId: 'managersTeam',
          data: { manager: '“Head of Claims”', span: 16, limit: 15 },
        },
      ],
    },
    {
      name: 'members that manage people count as leaders whatever their title',
      chart: (() => {
        // 8 of 16 "Support agent"s have a team of their own: a team of managers over 15.
        const chart = teamOf(16, 'Head of Operations');
        for (let k = 1; k <= 8; k++) {
          chart.positions.push({ id: `member-${k}`, title: 'Agent', reportsTo: `agent-${k}` });
        }
        return chart;
      })(),
      findings: [
        {
          positionIds: ['lead'],
          messageId: 'managersTeam',
          data: { manager: '“Head of Operations”', span: 16, limit: 15 },
        },
      ],
    },
    {
      name: 'one report over the default frontline limit',
      chart: teamOf(26),
      findings: [
        {
          positionIds: ['lead'],
          severity: 'warning',
          messageId: 'frontlineTeam',
          data: { manager: '“Head of Support”', span: 26, limit: 25 },
        },
      ],
    },
    {
      name: 'a configured limit, with the severity the user chose',
      chart: orgChart('ceo: CEO\n  a: Head of A\n  b: Head of B\n  c: Head of C\n  d: Head of D'),
      setting: ['error', { max: 3 }],
      findings: [
        {
          positionIds: ['ceo'],
          severity: 'error',
          messageId: 'managersTeam',
          data: { manager: '“CEO”', span: 4, limit: 3 },
        },
      ],
    },
    {
      name: 'a configured frontline limit',
      chart: orgChart('ceo: CEO\n  a: A\n  b: B\n  c: C\n  d: D'),
      setting: ['warning', { frontlineMax: 3 }],
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'frontlineTeam',
          data: { manager: '“CEO”', span: 4, limit: 3 },
        },
      ],
    },
    {
      name: 'every manager over the limit, the highest rank first, then in chart order',
      chart: orgChart(`
        ceo: CEO
          a: Lead A
            a1: X
            a2: X
            a3: X
          b: Lead B
            b1: X
            b2: X
          c: Lead C
            c1: X
            c2: X
            c3: X
      `),
      setting: ['warning', { max: 2, frontlineMax: 2 }],
      findings: [
        {
          positionIds: ['ceo'],
          messageId: 'managersTeam',
          data: { manager: '“CEO”', span: 3, limit: 2 },
        },
        {
          positionIds: ['a'],
          messageId: 'frontlineTeam',
          data: { manager: '“Lead A”', span: 3, limit: 2 },
        },
        {
          positionIds: ['c'],
          messageId: 'frontlineTeam',
          data: { manager: '“Lead C”', span: 3, limit: 2 },
        },
      ],
    },
    {
      name: 'a 10,000-report manager gives one finding naming only the manager',
      chart: teamOf(10_000),
      findings: [
        {
          positionIds: ['lead'],
          messageId: 'frontlineTeam',
          data: { manager: '“Head of Support”', span: 10000, limit: 25 },
        },
      ],
    },
    {
      name: 'a manager on a reporting cycle still has its span counted',
      chart: orgChart('a: Lead A [reportsTo=b]\n  a1: X\n  a2: X\nb: Lead B [reportsTo=a]'),
      setting: ['warning', { max: 2, frontlineMax: 2 }],
      findings: [
        {
          positionIds: ['a'],
          messageId: 'frontlineTeam',
          data: { manager: '“Lead A”', span: 3, limit: 2 },
        },
      ],
    },
    {
      name: 'a manager under an unknown manager still has its span counted',
      chart: orgChart('lead: Lead [reportsTo=ghost]\n  a: X\n  b: X\n  c: X'),
      setting: ['warning', { max: 2, frontlineMax: 2 }],
      findings: [{ positionIds: ['lead'] }],
    },
    {
      name: 'a blank title is named by its id',
      chart: teamOf(3, '  '),
      setting: ['warning', { max: 2, frontlineMax: 2 }],
      findings: [
        {
          positionIds: ['lead'],
          messageId: 'frontlineTeam',
          data: { manager: '"lead"', span: 3, limit: 2 },
        },
      ],
    },
  ],
});

describe('span-of-control options', () => {
  it('defaults max to 15 and frontlineMax to 25', () => {
    expect(rule.options?.parse({})).toEqual({ max: 15, frontlineMax: 25 });
  });

  it.each([0, -3, 2.5, '12'])('rejects max %j', (max) => {
    const parsed = parseRuleSettings({ 'span-of-control': ['warning', { max }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.path).toEqual(['span-of-control', 1, 'max']);
  });

  it.each([0, -3, 2.5, '25'])('rejects frontlineMax %j', (frontlineMax) => {
    const parsed = parseRuleSettings({ 'span-of-control': ['warning', { frontlineMax }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues[0]!.path).toEqual(['span-of-control', 1, 'frontlineMax']);
    }
  });

  it('rejects unknown options', () => {
    const parsed = parseRuleSettings({ 'span-of-control': ['warning', { maximum: 8 }] });
    expect(parsed.ok).toBe(false);
  });
});

describe('span-of-control on large charts', () => {
  it('checks a flat chart of 200,000 reports', () => {
    const chart = teamOf(200_000);
    const report = validate(chart, { ruleSet: [rule] });
    expect(report.findings.map((finding) => finding.positionIds)).toEqual([['lead']]);
  });
});
