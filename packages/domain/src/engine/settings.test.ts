import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRuleSettings, validate } from '../default-rules.js';
import { orgChart } from '../testing/org-chart.js';
import { defineRule } from './define-rule.js';
import { RuleSettingsError, ruleSettingsSchema } from './settings.js';

function issuesOf(input: unknown) {
  const result = parseRuleSettings(input);
  if (result.ok) throw new Error('expected issues, got settings');
  return result.issues;
}

function settingsOf(input: unknown) {
  const result = parseRuleSettings(input);
  if (!result.ok) throw new Error(`expected settings, got ${JSON.stringify(result.issues)}`);
  return result.settings;
}

describe('parseRuleSettings', () => {
  it('accepts no settings at all', () => {
    expect(settingsOf(undefined).size).toBe(0);
    expect(settingsOf(null).size).toBe(0);
    expect(settingsOf({}).size).toBe(0);
  });

  it('reads "off", a severity, [level] and [level, options]', () => {
    const settings = settingsOf({
      'ciso-under-cio': 'off',
      'reporting-cycle': 'warning',
      'narrow-span': ['error'],
      'span-of-control': ['info', { max: 8 }],
    });
    expect(settings.get('ciso-under-cio')).toEqual({
      level: 'off',
      explicit: true,
      options: undefined,
    });
    expect(settings.get('reporting-cycle')).toEqual({
      level: 'warning',
      explicit: true,
      options: undefined,
    });
    expect(settings.get('narrow-span')?.level).toBe('error');
    // Options left out take their defaults.
    expect(settings.get('span-of-control')).toEqual({
      level: 'info',
      explicit: true,
      options: { max: 8, frontlineMax: 25 },
    });
  });

  it('gives a rule with options its defaults when the setting names only a level', () => {
    expect(settingsOf({ 'span-of-control': 'error' }).get('span-of-control')?.options).toEqual({
      max: 15,
      frontlineMax: 25,
    });
    expect(
      settingsOf({ 'span-of-control': ['error', {}] }).get('span-of-control')?.options,
    ).toEqual({ max: 15, frontlineMax: 25 });
  });

  it('names an unknown rule, __proto__ and inherited names included', () => {
    expect(issuesOf({ 'no-such-rule': 'off' })).toEqual([
      { path: ['no-such-rule'], message: 'Unknown rule "no-such-rule"' },
    ]);
    const proto = JSON.parse('{"__proto__": "off", "constructor": "off"}');
    expect(issuesOf(proto)).toEqual([
      { path: ['__proto__'], message: 'Unknown rule "__proto__"' },
      { path: ['constructor'], message: 'Unknown rule "constructor"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names an unknown level at the level’s own place', () => {
    const message = 'Unknown level "warn"; expected "off", "error", "warning" or "info"';
    expect(issuesOf({ 'reporting-cycle': 'warn' })).toEqual([
      { path: ['reporting-cycle'], message },
    ]);
    expect(issuesOf({ 'reporting-cycle': ['warn'] })).toEqual([
      { path: ['reporting-cycle', 0], message },
    ]);
    expect(issuesOf({ 'reporting-cycle': 2 })[0]?.path).toEqual(['reporting-cycle']);
  });

  it('refuses an empty or overlong array', () => {
    const message = 'Expected [level] or [level, options]';
    expect(issuesOf({ 'reporting-cycle': [] })).toEqual([{ path: ['reporting-cycle'], message }]);
    expect(issuesOf({ 'span-of-control': ['warning', { max: 8 }, {}] })).toEqual([
      { path: ['span-of-control'], message },
    ]);
  });

  it('refuses options for a rule that takes none', () => {
    expect(issuesOf({ 'reporting-cycle': ['warning', { max: 3 }] })).toEqual([
      { path: ['reporting-cycle', 1], message: 'Rule "reporting-cycle" takes no options' },
    ]);
  });

  it('points at the option the rule’s schema rejects', () => {
    const [issue] = issuesOf({ 'span-of-control': ['warning', { max: 'eight' }] });
    expect(issue?.path).toEqual(['span-of-control', 1, 'max']);
    expect(issue?.message).toMatch(/number/);
    expect(issuesOf({ 'span-of-control': ['warning', { max: 0 }] })[0]?.path).toEqual([
      'span-of-control',
      1,
      'max',
    ]);
    expect(issuesOf({ 'span-of-control': ['warning', 'max'] })[0]?.path).toEqual([
      'span-of-control',
      1,
    ]);
  });

  it('collects every issue in one pass', () => {
    expect(
      issuesOf({
        a: 'off',
        'reporting-cycle': 'loud',
        'span-of-control': ['error', { max: -1 }],
      }).map((issue) => issue.path),
    ).toEqual([['a'], ['reporting-cycle'], ['span-of-control', 1, 'max']]);
  });

  it.each([
    ['a string', 'off'],
    ['a number', 1],
    ['an array', [['span-of-control', 'off']]],
  ])('refuses %s instead of an object', (_, input) => {
    expect(issuesOf(input)).toEqual([
      { path: [], message: 'Rule settings must be an object keyed by rule id' },
    ]);
  });

  it('checks against the given rule set when there is one', () => {
    const custom = defineRule({
      id: 'custom-rule',
      description: 'A rule outside the registry',
      defaultSeverity: 'info',
      category: 'roles',
      rationale: 'Tests only.',
      sources: ['MODEL:chart'],
      messages: {},
      options: z.strictObject({ limit: z.number().default(1) }),
      suggests: false,
      check() {},
    });
    const result = parseRuleSettings({ 'custom-rule': ['error', { limit: 2 }] }, [custom]);
    expect(result).toEqual({
      ok: true,
      settings: new Map([
        ['custom-rule', { level: 'error', explicit: true, options: { limit: 2 } }],
      ]),
    });
    expect(parseRuleSettings({ 'reporting-cycle': 'off' }, [custom]).ok).toBe(false);
  });

  it('agrees with the published JSON shape on well-formed settings', () => {
    const settings = { 'span-of-control': ['warning', { max: 8 }], 'ciso-under-cio': 'off' };
    expect(ruleSettingsSchema.safeParse(settings).success).toBe(true);
    expect(parseRuleSettings(settings).ok).toBe(true);
  });
});

describe('severity in validate', () => {
  // cto-under-cio picks its severity per finding (a warning in a product company); a rule written
  // here does the same, so that the test does not depend on another rule's details.
  const picky = defineRule({
    id: 'picky',
    description: 'Reports the first position as a warning, whatever its default',
    defaultSeverity: 'info',
    category: 'roles',
    rationale: 'Tests only.',
    sources: ['MODEL:chart'],
    messages: { picked: 'Picked a warning.' },
    suggests: false,
    check({ report }) {
      report({ positions: [0], messageId: 'picked', severity: 'warning' });
    },
  });
  const chart = orgChart('a: A');
  const severity = (rules?: Record<string, 'error' | 'warning' | 'info' | ['info']>) =>
    validate(chart, { ruleSet: [picky], rules }).findings.map((f) => f.severity);

  it('lets the rule pick a severity per finding when the user set none', () => {
    expect(severity()).toEqual(['warning']);
  });

  it('lets an explicit severity win over the rule’s pick', () => {
    expect(severity({ picky: 'info' })).toEqual(['info']);
    expect(severity({ picky: ['info'] })).toEqual(['info']);
    expect(severity({ picky: 'error' })).toEqual(['error']);
  });

  it('throws RuleSettingsError with the issues for invalid settings', () => {
    let thrown: unknown;
    try {
      validate(chart, { rules: { 'span-of-control': ['warning', { max: 'x' }] } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuleSettingsError);
    const error = thrown as RuleSettingsError;
    expect(error.issues.map((issue) => issue.path)).toEqual([['span-of-control', 1, 'max']]);
    expect(error.message).toMatch(/^Invalid rule settings: span-of-control\.1\.max: /);
  });
});
