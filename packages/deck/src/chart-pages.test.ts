import { describe, expect, it } from 'vitest';
import { chartGraph } from './chart-graph.js';
import { chartFontUnit, planChartPages } from './chart-pages.js';
import { MAX_CHART_FONT, MIN_CHART_FONT } from './deck-theme.js';
import { companyPositions, layOut } from './testing/deck-fixtures.js';

const AREA = { width: 626, height: 380 };

function plan(size: number, span = 6, area = AREA) {
  const chart = layOut(companyPositions(size, span));
  return { chart, plan: planChartPages(chart, chartGraph(chart), area) };
}

describe('planChartPages', () => {
  it('puts a small chart on one page without blowing its text up', () => {
    const { plan: result } = plan(4);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.fontSize).toBeCloseTo(MAX_CHART_FONT);
    expect(result.noteBand).toBe(0);
  });

  it('shrinks a chart that fits legibly rather than splitting it', () => {
    // Five cards across: at the area's width that needs a little under full size.
    const { chart, plan: result } = plan(8, 3);
    expect(result.pages).toHaveLength(1);
    const page = result.pages[0]!;
    expect(page.fontSize).toBeGreaterThanOrEqual(MIN_CHART_FONT);
    expect(page.fontSize).toBeLessThan(MAX_CHART_FONT);
    expect(page.bounds.width * page.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
    expect(page.fontSize).toBeCloseTo(chartFontUnit(chart) * page.scale);
  });

  it('splits a chart whose text would fall under the legible size, every page legible and fitting', () => {
    const { plan: result } = plan(150);
    expect(result.pages.length).toBeGreaterThan(1);
    expect(result.noteBand).toBeGreaterThan(0);
    for (const page of result.pages) {
      expect(page.fontSize).toBeGreaterThanOrEqual(MIN_CHART_FONT - 1e-9);
      expect(page.fontSize).toBeLessThanOrEqual(MAX_CHART_FONT + 1e-9);
      expect(page.bounds.width * page.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
      expect(page.bounds.height * page.scale).toBeLessThanOrEqual(
        AREA.height - 2 * result.noteBand + 1e-9,
      );
    }
  });

  it('plans nothing for an empty chart', () => {
    const result = planChartPages(
      { nodes: [], edges: [] },
      chartGraph({ nodes: [], edges: [] }),
      AREA,
    );
    expect(result.pages).toEqual([]);
  });

  it('sizes text by the typical box, so one tiny box does not split the chart', () => {
    const chart = layOut(companyPositions(6));
    chart.nodes[5] = { ...chart.nodes[5]!, width: 2, height: 1 };
    const result = planChartPages(chart, chartGraph(chart), AREA);
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]!.fontSize).toBeGreaterThanOrEqual(MIN_CHART_FONT);
  });
});
