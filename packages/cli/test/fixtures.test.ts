import { parseChart } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { engineReport, readFixture } from './run-cli.js';

// The CLI tests rely on what each fixture is; if a rule changes what the engine reports for one,
// this says which fixture no longer fits, rather than a formatting test failing obscurely.
describe('fixture charts', () => {
  it('clean.json has no findings', () => {
    expect(engineReport('fixtures/clean.json').findings).toEqual([]);
  });

  it('errors.json has a cycle, an unknown manager and a duplicate id, all errors', () => {
    const report = engineReport('fixtures/errors.json');
    expect(report.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'duplicate-id',
      'reporting-cycle',
      'unknown-manager',
    ]);
    expect(report.summary).toEqual({ errors: 3, warnings: 0, infos: 0 });
  });

  it('warnings.json has only warnings: a span of 17 team leads and a vacant CFO', () => {
    const report = engineReport('fixtures/warnings.json');
    expect(report.findings.map((finding) => finding.ruleId).sort()).toEqual([
      'span-of-control',
      'vacant-executive',
    ]);
    expect(report.summary).toEqual({ errors: 0, warnings: 2, infos: 0 });
    // A team of leads is held to `max` (15), not to the frontline limit (25): the rules files
    // (strict.json: max 12, relaxed.json: max 20) rely on the span being between 15 and 20.
    const span = report.findings.find((finding) => finding.ruleId === 'span-of-control')!;
    expect(span.positionIds).toEqual(['support']);
    expect(span.message).toMatch(/17 direct reports.*lead teams of their own.*more than the 15 /);
  });

  it('malformed.json is JSON but not a chart', () => {
    expect(parseChart(JSON.parse(readFixture('fixtures/malformed.json'))).ok).toBe(false);
  });

  it('invalid-json.json is not JSON', () => {
    expect(() => JSON.parse(readFixture('fixtures/invalid-json.json'))).toThrow(SyntaxError);
  });
});
