import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../chart/analysis.js';
import { parseChart } from '../chart/parse-chart.js';
import { validate } from '../default-rules.js';
import { generateChart } from './generate-chart.js';

describe('generateChart', () => {
  it('builds exactly the requested number of positions, with unique ids', () => {
    for (const size of [0, 1, 2, 3, 12, 250, 5000]) {
      const chart = generateChart(size);
      expect(chart.positions).toHaveLength(size);
      expect(new Set(chart.positions.map((position) => position.id)).size).toBe(size);
    }
  });

  it('gives the same chart for the same seed, and another for another seed', () => {
    expect(generateChart(800, { seed: 7 })).toEqual(generateChart(800, { seed: 7 }));
    expect(generateChart(800, { seed: 7 })).not.toEqual(generateChart(800, { seed: 8 }));
  });

  it('builds a sound structure: one top, the board, with the CEO right below it', () => {
    const chart = generateChart(5000);
    expect(parseChart(chart).ok).toBe(true);
    const analysis = new ChartAnalysis(chart);
    expect(analysis.tops).toEqual([0]);
    expect(analysis.holdersOf('board')).toEqual([0]);
    expect(analysis.holdersOf('ceo')).toEqual([1]);
    expect(analysis.managerOf(1)).toBe(0);
    expect(chart.positions.every((_, i) => !analysis.inCycle(i) && analysis.layerOf(i) > 0)).toBe(
      true,
    );
  });

  it('fills each executive role once, where the role catalogue expects it', () => {
    const analysis = new ChartAnalysis(generateChart(5000, { language: 'en' }));
    const soleHolder = (role: Parameters<ChartAnalysis['soleHolder']>[0]) => {
      const holder = analysis.soleHolder(role);
      expect(holder, role).toBeDefined();
      return holder!;
    };
    const ceo = soleHolder('ceo');
    for (const role of ['cfo', 'coo', 'cio', 'cto', 'chro', 'cmo', 'cpo'] as const) {
      expect(analysis.managerOf(soleHolder(role)), role).toBe(ceo);
    }
    expect(analysis.managerOf(soleHolder('ciso'))).toBe(soleHolder('cio'));
    expect(analysis.managerOf(analysis.holdersOf('vp-engineering')[0]!)).toBe(soleHolder('cto'));
  });

  it('draws no errors and only the findings a large healthy company draws', () => {
    const report = validate(generateChart(20_000, { seed: 3 }));
    expect(report.summary.errors).toBe(0);
    const rules = new Set(report.findings.map((finding) => finding.ruleId));
    for (const rule of rules) {
      // The CISO sits under the CIO, as in many companies: a note about separation of duties.
      expect([
        'ciso-under-cio',
        'span-of-control',
        'narrow-span',
        'layer-count',
        'interim-executive',
        'vacant-executive',
      ]).toContain(rule);
    }
    expect(report.metrics.vacancies).toBeGreaterThan(0);
    expect(report.metrics.interim).toBeGreaterThan(0);
    expect(report.metrics.meanSpan).toBeGreaterThan(4);
  });

  it('mixes English, Danish and Dutch titles and keeps extra HR fields', () => {
    const chart = generateChart(3000);
    const titles = new Set(chart.positions.map((position) => position.title));
    for (const title of ['Softwareudvikler', 'Softwareontwikkelaar', 'Software Engineer']) {
      expect(titles).toContain(title);
    }
    expect(chart.positions[2]).toHaveProperty('department');
    expect(chart.dottedLines?.length).toBeGreaterThan(0);
  });
});
