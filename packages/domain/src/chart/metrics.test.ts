import { describe, expect, it } from 'vitest';
import { validate } from '../default-rules.js';
import { orgChart } from '../testing/org-chart.js';
import { ChartAnalysis } from './analysis.js';
import { exampleChart } from './example-chart.js';
import { computeMetrics } from './metrics.js';
import type { Chart } from './schema.js';

const metricsOf = (chart: Chart) => computeMetrics(new ChartAnalysis(chart));

describe('computeMetrics', () => {
  it('gives exactly the contract’s numbers for the contract’s example', () => {
    const example = exampleChart;
    const expected = {
      positions: 4,
      layers: 3,
      maxSpan: 2,
      meanSpan: 1.5,
      vacancies: 1,
      interim: 1,
    };
    expect(metricsOf(example)).toStrictEqual(expected);
    expect(validate(example).metrics).toStrictEqual(expected);
  });

  it('is all zeros for an empty chart', () => {
    expect(metricsOf({ positions: [] })).toStrictEqual({
      positions: 0,
      layers: 0,
      maxSpan: 0,
      meanSpan: 0,
      vacancies: 0,
      interim: 0,
    });
  });

  it('averages spans over managers only, to two decimals', () => {
    // Three managers with 4, 2 and 1 direct reports: 7 / 3 = 2.333…
    const chart = orgChart(`
      ceo: CEO
        a: A
          a1: A1
          a2: A2
        b: B
          b1: B1
        c: C
        d: D
    `);
    expect(metricsOf(chart)).toMatchObject({ positions: 8, layers: 3, maxSpan: 4, meanSpan: 2.33 });
  });

  it('counts explicit and title-recognised interim positions, and explicit vacancies', () => {
    const chart = orgChart(`
      ceo: Acting CEO
        cfo: CFO [interim, vacant]
        cio: Interim CIO [interim]
        cto: Interim CTO
        coo: Konstitueret driftsdirektør
        cmo: CMO [vacant]
    `);
    const notInterim: Chart = {
      positions: [...chart.positions, { id: 'x', title: 'Interim CHRO', interim: false }],
    };
    expect(metricsOf(chart)).toMatchObject({ vacancies: 2, interim: 5 });
    expect(metricsOf(notInterim)).toMatchObject({ vacancies: 2, interim: 5 });
  });

  it('leaves a board out of the layers, as the layer-count rule does', () => {
    const chart = orgChart(`
      board: Board of Directors
        ceo: CEO
          cfo: CFO
            fc: Financial controller
    `);
    expect(metricsOf(chart).layers).toBe(3);
    const strict = validate(chart, { rules: { 'layer-count': ['info', { maxLayers: 2 }] } });
    expect(strict.findings.find((f) => f.ruleId === 'layer-count')?.message).toMatch(
      /^3 management layers/,
    );
  });

  it('counts no layers in a loop but still counts its spans', () => {
    // A and B report to each other; B also manages C and D: spans 1 and 3.
    const chart = orgChart('a: A [reportsTo=b]\n  b: B\n    c: C\n    d: D');
    expect(metricsOf(chart)).toStrictEqual({
      positions: 4,
      layers: 0,
      maxSpan: 3,
      meanSpan: 2,
      vacancies: 0,
      interim: 0,
    });
  });
});
