import type { Chart } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { readChartJson, serializeChart } from './chart-json.js';

const chart = {
  version: 1,
  company: { name: 'Acme A/S', headcount: 40, businessModel: 'product', crmId: 'X-1' },
  positions: [
    { id: 'ceo', title: 'Administrerende direktør', holder: 'Mette Jensen', costCentre: 100 },
    { id: 'cto', title: 'CTO & co-founder', reportsTo: 'ceo', holder: null },
    { id: 'it', title: 'Head of IT', roles: ['it-manager'], reportsTo: 'cto', vacant: true },
    { id: '__proto__', title: 'Hostile id', reportsTo: 'ceo', interim: false },
  ],
  dottedLines: [{ from: 'it', to: 'cto', note: 'projects' }],
  layout: { zoom: 1.5 },
} as Chart;

describe('serializeChart and readChartJson', () => {
  it('round-trips every field, unknown ones included', () => {
    const text = serializeChart(chart);
    expect(text).toContain('\n  "positions": [\n');
    const result = readChartJson(text);
    expect(result).toEqual({ ok: true, chart });
    if (!result.ok) return;
    expect(serializeChart(result.chart)).toBe(text);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(readChartJson(`\uFEFF${serializeChart(chart)}`).ok).toBe(true);
  });
});

describe('readChartJson errors', () => {
  it('names the exact path and the position', () => {
    const text = JSON.stringify({
      positions: [
        { id: 'ceo', title: 'CEO' },
        { id: 'cfo', title: 'CFO', reportsTo: 7, vacant: 'maybe' },
      ],
    });
    const result = readChartJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('positions[1].reportsTo (CFO): Position id must be a string');
    expect(result.errors).toContain(
      'positions[1].vacant (CFO): "vacant" must be true or false, not "maybe"',
    );
  });

  it('says where the JSON syntax breaks', () => {
    const result = readChartJson('{\n  "positions": [],\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^The file is not valid JSON/);
    expect(result.errors[0]).toMatch(/line 3/);
  });

  it('explains an empty file and a file that is no chart', () => {
    expect(readChartJson('  \n')).toEqual({ ok: false, errors: ['The file is empty.'] });
    expect(readChartJson('[1, 2]')).toEqual({
      ok: false,
      errors: ['The file: A chart must be a JSON object with a "positions" array'],
    });
  });

  it('treats a __proto__ key as data, not as a prototype', () => {
    const result = readChartJson('{"positions": [], "__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.chart)).toBe(Object.prototype);
    expect((result.chart as Record<string, unknown>).polluted).toBeUndefined();
  });
});
