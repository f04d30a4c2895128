import { describe, expect, it } from 'vitest';
import type { Company } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import { orgChart } from '../testing/org-chart.js';
import { compareScenarios } from './compare-scenarios.js';
import { describeFindingDelta } from './describe-finding-delta.js';
import { diffCharts } from './diff-charts.js';
import { diffRows } from './diff-rows.js';
import { findingDelta } from './finding-delta.js';
import { scorecard } from './scorecard.js';

// The running example of docs/compare.md, end to end with the real rules: a 300-person product
// company whose CTO and CISO report to the CIO, and option B, which moves both up to the CEO and
// removes the CIO. The vacant CFO draws a warning that the option leaves alone.

const company: Company = { name: 'Acme A/S', headcount: 300, businessModel: 'product' };
const today = orgChart(
  `
  ceo: CEO [holder=Mette Jensen]
    cfo: CFO [vacant]
    cio: CIO [holder=Lars Holm]
      cto: CTO [holder=Anna Berg]
      ciso: CISO [holder=Peter Dahl]
  `,
  company,
);
const optionB = orgChart(
  `
  ceo: CEO [holder=Mette Jensen]
    cfo: CFO [vacant]
    cto: CTO [holder=Anna Berg]
    ciso: CISO [holder=Peter Dahl]
  `,
  company,
);

describe('today versus option B', () => {
  it('diffs the charts: the CIO removed, the CTO and the CISO moved to the CEO', () => {
    expect(diffCharts(today, optionB)).toEqual({
      added: [],
      removed: [
        {
          kind: 'removed',
          id: 'cio',
          beforeTitle: 'CIO',
          afterTitle: null,
          manager: { id: 'ceo', title: 'CEO' },
        },
      ],
      moved: [
        {
          kind: 'moved',
          id: 'cto',
          beforeTitle: 'CTO',
          afterTitle: 'CTO',
          before: { id: 'cio', title: 'CIO' },
          after: { id: 'ceo', title: 'CEO' },
        },
        {
          kind: 'moved',
          id: 'ciso',
          beforeTitle: 'CISO',
          afterTitle: 'CISO',
          before: { id: 'cio', title: 'CIO' },
          after: { id: 'ceo', title: 'CEO' },
        },
      ],
      retitled: [],
      reroled: [],
      holderChanged: [],
      vacancyChanged: [],
      interimChanged: [],
      dottedLinesAdded: [],
      dottedLinesRemoved: [],
      unchanged: 2,
      duplicateIds: { before: [], after: [] },
    });
  });

  it('scores both charts', () => {
    expect(scorecard(today)).toEqual({
      positions: 5,
      layers: 3,
      maxSpan: 2,
      meanSpan: 2,
      vacancies: 1,
      interim: 0,
      executiveTeam: 3,
      executiveHead: 'ceo',
      findings: { errors: 0, warnings: 2, infos: 1 },
    });
    expect(scorecard(optionB)).toEqual({
      positions: 4,
      layers: 2,
      maxSpan: 3,
      meanSpan: 3,
      vacancies: 1,
      interim: 0,
      executiveTeam: 4,
      executiveHead: 'ceo',
      findings: { errors: 0, warnings: 1, infos: 1 },
    });
  });

  it('resolves the CTO-under-CIO warning and the CISO-under-CIO info, introduces split-cio-cto', () => {
    const delta = findingDelta(validate(today), validate(optionB));
    expect(delta.resolved.map((f) => [f.ruleId, f.severity, f.positionIds])).toEqual([
      ['cto-under-cio', 'warning', ['cto', 'cio']],
      ['ciso-under-cio', 'info', ['ciso', 'cio']],
    ]);
    expect(delta.introduced.map((f) => [f.ruleId, f.severity, f.positionIds])).toEqual([
      ['split-cio-cto', 'info', ['cto']],
    ]);
    expect(delta.unchanged.map(({ after }) => [after.ruleId, after.positionIds])).toEqual([
      ['vacant-executive', ['cfo']],
    ]);
    expect(delta.summary).toEqual({
      resolved: { errors: 0, warnings: 1, infos: 1 },
      introduced: { errors: 0, warnings: 0, infos: 1 },
      unchanged: 1,
    });
    expect(describeFindingDelta(delta, 'Option B')).toBe(
      'Option B resolves 1 warning and 1 info, and introduces 1 info',
    );
  });

  it('lists the diff as rows for a CSV export', () => {
    expect(diffRows(diffCharts(today, optionB))).toEqual([
      { change: 'removed', id: 'cio', title: 'CIO', before: 'reports to CEO (ceo)', after: '' },
      {
        change: 'moved',
        id: 'cto',
        title: 'CTO',
        before: 'reports to CIO (cio)',
        after: 'reports to CEO (ceo)',
      },
      {
        change: 'moved',
        id: 'ciso',
        title: 'CISO',
        before: 'reports to CIO (cio)',
        after: 'reports to CEO (ceo)',
      },
    ]);
  });

  it('compares the scenarios in one call, against today', () => {
    const comparison = compareScenarios([
      { name: 'Today', chart: today },
      { name: 'Option B', chart: optionB },
    ]);
    expect(comparison.baseline).toBe(0);
    const [base, option] = comparison.scenarios;
    expect(base).toMatchObject({ name: 'Today', diff: null, delta: null, deltaSummary: null });
    expect(base!.scorecard).toEqual(scorecard(today));
    expect(option!.name).toBe('Option B');
    expect(option!.report).toEqual(validate(optionB));
    expect(option!.scorecard).toEqual(scorecard(optionB));
    expect(option!.diff).toEqual(diffCharts(today, optionB));
    expect(option!.delta).toEqual(findingDelta(validate(today), validate(optionB)));
    expect(option!.deltaSummary).toBe(
      'Option B resolves 1 warning and 1 info, and introduces 1 info',
    );
  });

  it('reads the other way round when option B is the baseline', () => {
    const comparison = compareScenarios(
      [
        { name: 'Today', chart: today },
        { name: 'Option B', chart: optionB },
      ],
      { baseline: 1 },
    );
    const back = comparison.scenarios[0]!;
    expect(back.diff?.added.map((c) => c.id)).toEqual(['cio']);
    expect(back.deltaSummary).toBe('Today resolves 1 info and introduces 1 warning and 1 info');
    expect(comparison.scenarios[1]!.diff).toBeNull();
  });
});
