import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, test } from 'vitest';
import { optionFigures } from './option-figures.js';
import { shapeDistribution } from './shape-distribution.js';

const chart = orgChart(`
  ceo: CEO
    cfo: CFO
      a: Accountant
      b: Controller
      c: Payroll
    cto: CTO
      d: Engineer
`);

describe('optionFigures', () => {
  test('sums FTE over filled positions and cost over all that have one', () => {
    const withExtras = {
      ...chart,
      positions: chart.positions.map((p) =>
        p.id === 'a'
          ? { ...p, fte: 0.8, cost: 500_000 }
          : p.id === 'd'
            ? { ...p, vacant: true, fte: 1, cost: 900_000 }
            : p.id === 'ceo'
              ? { ...p, cost: 'n/a' }
              : p,
      ),
    };
    expect(optionFigures(withExtras)).toEqual({
      headcount: 6,
      fte: 5.8,
      cost: 1_400_000,
      costed: 2,
      positions: 7,
    });
  });

  test('no FTE or cost when the chart has none', () => {
    expect(optionFigures(chart)).toMatchObject({ headcount: 7, fte: null, cost: null, costed: 0 });
  });
});

describe('shapeDistribution', () => {
  test('managers by span and positions by layer', () => {
    expect(shapeDistribution(chart)).toEqual({ spans: [1, 2, 0, 0, 0], layers: [1, 2, 4] });
  });
});
