import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { isFirstWithId } from './is-first-with-id.js';

describe('isFirstWithId', () => {
  it('is true for unique ids and for the first of a shared id only', () => {
    const analysis = new ChartAnalysis(
      orgChart('ceo: CEO\n  cfo: CFO\n  cfo: Acting CFO\n  cfo: Finance lead'),
    );
    expect([0, 1, 2, 3].map((index) => isFirstWithId(analysis, index))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
