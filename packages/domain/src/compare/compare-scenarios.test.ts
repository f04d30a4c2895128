import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import { orgChart } from '../testing/org-chart.js';
import { CompareError } from './compare-error.js';
import { compareScenarios, type Scenario } from './compare-scenarios.js';

const today = orgChart(`
  ceo: CEO
    cio: CIO
      ciso: CISO
`);
const optionA = orgChart(`
  ceo: CEO
    cio: CIO
    ciso: CISO
`);

function errorOf(run: () => unknown): CompareError {
  try {
    run();
  } catch (error) {
    if (error instanceof CompareError) return error;
    throw error;
  }
  throw new Error('expected a CompareError');
}

describe('compareScenarios', () => {
  it('compares a single scenario with nothing', () => {
    const { baseline, scenarios } = compareScenarios([{ name: 'Today', chart: today }]);
    expect(baseline).toBe(0);
    expect(scenarios).toHaveLength(1);
    expect(scenarios[0]).toMatchObject({ name: 'Today', diff: null, delta: null });
  });

  it('validates each scenario with its own rule settings', () => {
    const { scenarios } = compareScenarios([
      { name: 'Today', chart: today },
      { name: 'Option A', chart: today, rules: { 'ciso-under-cio': 'error' } },
    ]);
    expect(scenarios[1]!.report).toEqual(validate(today, { rules: { 'ciso-under-cio': 'error' } }));
    expect(scenarios[1]!.scorecard.findings.errors).toBe(1);
    // The same chart: no diff, but the stricter setting turns an info into an error.
    expect(scenarios[1]!.diff?.unchanged).toBe(3);
    expect(scenarios[1]!.deltaSummary).toBe('Option A resolves 1 info and introduces 1 error');
  });

  it('compares every scenario with the baseline chosen', () => {
    const { scenarios } = compareScenarios(
      [
        { name: 'Option A', chart: optionA },
        { name: 'Today', chart: today },
        { name: 'Option A again', chart: optionA },
      ],
      { baseline: 1 },
    );
    expect(scenarios.map((s) => s.diff?.moved.map((c) => c.id) ?? null)).toEqual([
      ['ciso'],
      null,
      ['ciso'],
    ]);
    expect(scenarios.map((s) => s.deltaSummary)).toEqual([
      'Option A resolves 3 infos',
      null,
      'Option A again resolves 3 infos',
    ]);
  });

  it('refuses an empty list', () => {
    expect(errorOf(() => compareScenarios([])).issues).toEqual([
      { path: ['scenarios'], message: 'Give at least one scenario to compare' },
    ]);
  });

  it.each([
    [2, 'The baseline is 2, but the 2 scenarios are numbered 0 to 1'],
    [-1, 'The baseline is -1, but the 2 scenarios are numbered 0 to 1'],
    [0.5, 'The baseline is 0.5, but the 2 scenarios are numbered 0 to 1'],
    [Number.NaN, 'The baseline is NaN, but the 2 scenarios are numbered 0 to 1'],
  ])('refuses baseline %s', (baseline, message) => {
    const scenarios = [
      { name: 'Today', chart: today },
      { name: 'Option A', chart: optionA },
    ];
    expect(errorOf(() => compareScenarios(scenarios, { baseline })).issues).toEqual([
      { path: ['baseline'], message },
    ]);
  });

  it('says so when there is only one scenario to be the baseline', () => {
    expect(
      errorOf(() => compareScenarios([{ name: 'Today', chart: today }], { baseline: 1 })).issues,
    ).toEqual([
      { path: ['baseline'], message: 'The baseline is 1, but there is only one scenario; use 0' },
    ]);
  });

  it('lists every invalid rule setting with its path, before doing any work', () => {
    const scenarios = [
      { name: 'Today', chart: today, rules: { 'no-such-rule': 'warning' } },
      { name: 'Option A', chart: optionA },
      { name: 'Option B', chart: optionA, rules: { 'span-of-control': ['warning', { max: -1 }] } },
    ] as Scenario[];
    const error = errorOf(() => compareScenarios(scenarios, { baseline: 7 }));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['baseline'],
      ['scenarios', 0, 'rules', 'no-such-rule'],
      ['scenarios', 2, 'rules', 'span-of-control', 1, 'max'],
    ]);
    expect(error.message).toMatch(/^Cannot compare the scenarios: baseline: The baseline is 7/);
    expect(error.message).toContain('scenarios.0.rules.no-such-rule: Unknown rule "no-such-rule"');
  });
});
