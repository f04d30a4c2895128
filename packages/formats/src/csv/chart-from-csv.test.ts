import type { Chart } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { chartFromCsv } from './chart-from-csv.js';

describe('chartFromCsv', () => {
  it('replaces positions and dotted lines, keeping the company and other document fields', () => {
    const current = {
      version: 1,
      company: { name: 'Acme A/S', headcount: 40, businessModel: 'product' },
      positions: [{ id: 'old', title: 'Old' }],
      dottedLines: [{ from: 'old', to: 'old' }],
      notes: 'kept',
    } as Chart;
    const positions = [{ id: 'ceo', title: 'CEO' }];
    expect(chartFromCsv(current, positions)).toEqual({
      version: 1,
      company: { name: 'Acme A/S', headcount: 40, businessModel: 'product' },
      positions,
      notes: 'kept',
    });
    expect(current.positions).toEqual([{ id: 'old', title: 'Old' }]);
  });
});
