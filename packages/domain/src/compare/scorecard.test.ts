import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import { generateChart } from '../testing/generate-chart.js';
import { orgChart } from '../testing/org-chart.js';
import { scorecard } from './scorecard.js';

describe('scorecard', () => {
  const chart = orgChart(
    `
    ceo: CEO
      cfo: Acting CFO
      cio: CIO/CTO [vacant]
        a: Developer
        b: Developer
        c: Developer
  `,
    { headcount: 30 },
  );

  it('has the metrics, the executive team and the findings by severity', () => {
    const report = validate(chart);
    expect(scorecard(chart, report)).toEqual({
      ...report.metrics,
      executiveTeam: 3,
      executiveHead: 'ceo',
      findings: report.summary,
    });
    expect(scorecard(chart, report)).toMatchObject({
      positions: 6,
      layers: 3,
      maxSpan: 3,
      meanSpan: 2.5,
      vacancies: 1,
      interim: 1,
    });
  });

  it('validates with the default rules when given no report', () => {
    expect(scorecard(chart).findings).toEqual(validate(chart).summary);
  });

  it('counts the findings of the report it is given, with its rule settings', () => {
    const quiet = validate(chart, {
      rules: { 'vacant-executive': 'off', 'interim-executive': 'off' },
    });
    const card = scorecard(chart, quiet);
    expect(card.findings).toEqual(quiet.summary);
    expect(card.findings).not.toEqual(validate(chart).summary);
  });

  it('scores an empty chart', () => {
    expect(scorecard({ positions: [] })).toEqual({
      positions: 0,
      layers: 0,
      maxSpan: 0,
      meanSpan: 0,
      vacancies: 0,
      interim: 0,
      executiveTeam: null,
      executiveHead: null,
      findings: { errors: 0, warnings: 0, infos: 0 },
    });
  });

  it('scores a 100,000-position chart', () => {
    const big = generateChart(100_000);
    const card = scorecard(big);
    expect(card.positions).toBe(100_000);
    expect(card.executiveHead).not.toBeNull();
    expect(card.executiveTeam).toBeGreaterThan(3);
  });
});
