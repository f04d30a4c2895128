import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale-store.js';
import { buildReport, indexFindings, selectReport } from './chart-report.js';

const chart = orgChart(
  `
  ceo: CEO
    cio: CIO
      cto: CTO
  a: Loop A [reportsTo=b]
  b: Loop B [reportsTo=a]
`,
  { headcount: 40, businessModel: 'product' },
);

describe('chart report', () => {
  it('counts each position’s findings and keeps the worst severity', () => {
    const { report, byPosition, failure } = buildReport(chart, {});
    expect(failure).toBeNull();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(byPosition.get('a')).toMatchObject({ worst: 'error' });
    const ctoFindings = report.findings.filter((f) => f.positionIds.includes('cto'));
    expect(byPosition.get('cto')?.count).toBe(ctoFindings.length);
  });

  it('follows the rule settings', () => {
    const off = buildReport(chart, { 'reporting-cycle': 'off', 'single-top': 'off' });
    expect(off.report.findings.some((f) => f.ruleId === 'reporting-cycle')).toBe(false);
  });

  it('counts a position named twice in one finding once', () => {
    const byPosition = indexFindings([
      {
        ruleId: 'x',
        severity: 'info',
        message: '',
        positionIds: ['p', 'p'],
        sources: [],
        suggestions: [],
      },
      {
        ruleId: 'y',
        severity: 'warning',
        message: '',
        positionIds: ['p'],
        sources: [],
        suggestions: [],
      },
    ]);
    expect(byPosition.get('p')).toEqual({ count: 2, worst: 'warning' });
  });

  it('says plainly when the chart cannot be checked, instead of crashing', () => {
    const result = buildReport(chart, { 'no-such-rule': 'off' });
    expect(result.failure).toMatch(/could not be checked/);
    expect(result.report.findings).toEqual([]);
  });

  it('validates once per chart and settings', () => {
    const state = { chart, ruleSettings: {} };
    expect(selectReport(state)).toBe(selectReport({ ...state }));
    expect(selectReport({ chart: { ...chart }, ruleSettings: {} })).not.toBe(selectReport(state));
  });

  it('renders the findings in the chosen language, and again when it changes', () => {
    const state = { chart, ruleSettings: {} };
    const cto = (report: ReturnType<typeof selectReport>) =>
      report.report.findings.find((f) => f.ruleId === 'cto-under-cio')?.message;
    useLocale.getState().setLocale('da');
    const danish = selectReport(state);
    expect(cto(danish)).toMatch(/refererer til CIO’en/);
    useLocale.getState().setLocale('nl');
    expect(cto(selectReport(state))).toMatch(/rapporteert aan de CIO/);
    useLocale.getState().setLocale('en');
    expect(cto(selectReport(state))).toMatch(/reports to the CIO/);
    expect(buildReport(chart, { 'no-such-rule': 'off' }, undefined, 'nl').failure).toMatch(
      /kon niet worden gecontroleerd/,
    );
  });
});
