import { applyPatch, type Chart } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editSeed, randomChart, resolveEdit } from '../testing/random-edits.js';
import { patchBetween } from './patch-between.js';
import { sameChart } from './same-chart.js';

const chart: Chart = {
  version: 1,
  company: { name: 'Acme', headcount: 40 },
  positions: [
    { id: 'ceo', title: 'CEO' },
    { id: 'cto', title: 'CTO', reportsTo: 'ceo', holder: 'Ann' },
    { id: 'dev', title: 'Developer', reportsTo: 'cto', department: 'R&D' },
  ],
};

describe('patchBetween', () => {
  it('says a title edit as an update of the title alone', () => {
    const after = applyPatch(chart, [
      { op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO & co-founder' } },
    ]);
    expect(patchBetween(chart, after)).toEqual([
      { op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO & co-founder' } },
    ]);
  });

  it('brings a removed position back in its place with its team', () => {
    const after = applyPatch(chart, [{ op: 'removePosition', positionId: 'cto' }]);
    const back = patchBetween(after, chart)!;
    expect(back).toEqual([
      { op: 'addPosition', position: chart.positions[1], at: 1 },
      { op: 'setReportsTo', positionId: 'dev', reportsTo: 'cto' },
    ]);
    expect(applyPatch(after, back)).toEqual(chart);
  });

  it('replaces the record where no field operation says the change', () => {
    const after: Chart = {
      ...chart,
      positions: [chart.positions[0]!, chart.positions[1]!, { id: 'dev', title: 'Developer' }],
    };
    expect(patchBetween(chart, after)).toEqual([
      { op: 'replacePosition', position: { id: 'dev', title: 'Developer' } },
    ]);
  });

  it('says company edits, a removed field as null', () => {
    const after: Chart = { ...chart, company: { name: 'Acme', businessModel: 'product' } };
    expect(patchBetween(chart, after)).toEqual([
      { op: 'updateCompany', changes: { headcount: null, businessModel: 'product' } },
    ]);
  });

  it('cannot say reordered positions or another top-level field, and says so', () => {
    const reordered = { ...chart, positions: [...chart.positions].reverse() };
    expect(patchBetween(chart, reordered)).toBeUndefined();
    expect(patchBetween(chart, { ...chart, source: 'hr' })).toBeUndefined();
  });

  it('does not say the removal of most of a large chart, which the whole chart says as cheaply', () => {
    const empty: Chart = { version: 1, positions: [] };
    expect(patchBetween(generateChart(3000), empty)).toBeUndefined();
    const small = generateChart(1000);
    expect(applyPatch(small, patchBetween(small, empty)!).positions).toEqual([]);
  });

  it('is empty for the same chart', () => {
    expect(patchBetween(chart, chart)).toEqual([]);
    expect(patchBetween(chart, structuredClone(chart))).toEqual([]);
  });

  it('turns any chart into any edit of it, and back (property)', () => {
    fc.assert(
      fc.property(randomChart, fc.array(editSeed, { maxLength: 8 }), (before, seeds) => {
        let after = before;
        for (const seed of seeds) {
          const op = resolveEdit(after, seed);
          if (op !== undefined) after = applyPatch(after, [op]);
        }
        const forward = patchBetween(before, after);
        const backward = patchBetween(after, before);
        expect(forward).toBeDefined();
        expect(backward).toBeDefined();
        expect(sameChart(applyPatch(before, forward!), after)).toBe(true);
        expect(sameChart(applyPatch(after, backward!), before)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any chart into any other with the same order of shared positions (property)', () => {
    fc.assert(
      fc.property(randomChart, randomChart, (a, b) => {
        const patch = patchBetween(a, b);
        if (patch !== undefined) expect(sameChart(applyPatch(a, patch), b)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
