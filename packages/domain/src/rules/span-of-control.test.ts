import { describe, expect, it } from 'vitest';
import type { Chart, Position } from '../chart/schema.js';
import { parseRuleSettings } from '../engine/settings.js';
import { validate } from '../engine/validate.js';
import { orgChart, RuleTester } from '../testing/index.js';
import rule from './span-of-control.js';

/** A manager with `reports` direct reports, built in a loop. */
function teamOf(reports: number, managerTitle = 'Head of Support'): Chart {
  const positions: Position[] = [
    { id: 'ceo', title: 'CEO' },
    { id: 'lead', title: managerTitle, reportsTo: 'ceo' },
  ];
  for (let k = 1; k <= reports; k++)
    positions.push({ id: `agent-${k}`, title: 'Support agent', reportsTo: 'lead' });
  return { version: 1, positions };
}

RuleTester.run(rule, {
  valid: [
    { name: 'an empty chart', chart: { positions: [] } },
    { name: 'a small team', chart: orgChart('ceo: CEO\n  cto: CTO\n  cfo: CFO') },
    { name: 'exactly the default limit of 12', chart: teamOf(12) },
    { name: 'exactly a configured limit', chart: teamOf(8), setting: ['warning', { max: 8 }] },
    {
      name: 'a raised limit for standardised work',
      chart: teamOf(20),
      setting: ['warning', { max: 25 }],
    },
    {
      name: 'later positions sharing a manager id do not count as that manager',
      chart: (() => {
        // Six reports go to the first "lead"; the second "lead" has none of its own.
        const chart = teamOf(6);
        chart.positions.push({ id: 'lead', title: 'Second lead', reportsTo: 'ceo' });
        return chart;
      })(),
      setting: ['warning', { max: 6 }],
    },
  ],
  invalid: [
    {
      name: 'one report over the default limit',
      chart: teamOf(13),
      findings: [
        {
          positionIds: ['lead'],
          severity: 'warning',
          message:
            '“Head of Support” has 13 direct reports, more than the limit of 12. Above about 11 to 15 a manager can only coordinate standardised work; for knowledge work, group the team under a few leads or hand part of it to a peer.',
        },
      ],
    },
    {
      name: 'a configured limit, with the severity the user chose',
      chart: orgChart('ceo: CEO\n  a: A\n  b: B\n  c: C\n  d: D'),
      setting: ['error', { max: 3 }],
      findings: [
        {
          positionIds: ['ceo'],
          severity: 'error',
          message: /^“CEO” has 4 direct reports, more than the limit of 3\./,
        },
      ],
    },
    {
      name: 'every manager over the limit, in chart order',
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
      setting: ['warning', { max: 2 }],
      findings: [
        { positionIds: ['ceo'], message: /3 direct reports/ },
        { positionIds: ['a'], message: /^“Lead A” has 3 direct reports/ },
        { positionIds: ['c'], message: /^“Lead C” has 3 direct reports/ },
      ],
    },
    {
      name: 'a 10,000-report manager gives one finding naming only the manager',
      chart: teamOf(10_000),
      findings: [
        {
          positionIds: ['lead'],
          message: /^“Head of Support” has 10,000 direct reports, more than the limit of 12\./,
        },
      ],
    },
    {
      name: 'a manager on a reporting cycle still has its span counted',
      chart: orgChart('a: Lead A [reportsTo=b]\n  a1: X\n  a2: X\nb: Lead B [reportsTo=a]'),
      setting: ['warning', { max: 2 }],
      findings: [{ positionIds: ['a'], message: /^“Lead A” has 3 direct reports/ }],
    },
    {
      name: 'a manager under an unknown manager still has its span counted',
      chart: orgChart('lead: Lead [reportsTo=ghost]\n  a: X\n  b: X\n  c: X'),
      setting: ['warning', { max: 2 }],
      findings: [{ positionIds: ['lead'] }],
    },
    {
      name: 'a blank title is named by its id',
      chart: teamOf(3, '  '),
      setting: ['warning', { max: 2 }],
      findings: [{ positionIds: ['lead'], message: /^"lead" has 3 direct reports/ }],
    },
  ],
});

describe('span-of-control options', () => {
  it('defaults max to 12', () => {
    expect(rule.options?.parse({})).toEqual({ max: 12 });
  });

  it.each([0, -3, 2.5, '12'])('rejects max %j', (max) => {
    const parsed = parseRuleSettings({ 'span-of-control': ['warning', { max }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]!.path).toEqual(['span-of-control', 1, 'max']);
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
