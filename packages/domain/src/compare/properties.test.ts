import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chart, Position } from '../chart/schema.js';
import { validate } from '../default-rules.js';
import { roleIds } from '../roles/role-ids.js';
import type { ChartDiff } from './chart-diff.js';
import { diffCharts, isEmptyDiff } from './diff-charts.js';
import { diffRows } from './diff-rows.js';
import { findingDelta, findingIdentity } from './finding-delta.js';
import { indexDiff } from './index-diff.js';

// Properties of comparisons that must hold for any two charts. Ids come from a small pool, with
// JavaScript's own property names among them, so that matches, duplicates, cycles and dangling
// managers are common; titles mostly name roles, so that roles and findings change with them.

const idArb = fc.constantFrom('ceo', 'cio', 'cto', 'a', 'b', '__proto__', 'constructor', ' ');
const titleArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'CEO',
      'CIO',
      'Interim CIO',
      'CTO',
      'CIO/CTO',
      'CISO',
      'Teknisk direktør',
      'Acting CFO',
      'Developer',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const positionArb: fc.Arbitrary<Position> = fc.record(
  {
    id: idArb,
    title: titleArb,
    roles: fc.array(fc.constantFrom(...roleIds), { maxLength: 2 }),
    reportsTo: fc.oneof(idArb, fc.constant(null), fc.constant('ghost')),
    holder: fc.option(fc.constantFrom('Mette', 'Lars', '', ' '), { nil: null }),
    vacant: fc.boolean(),
    interim: fc.boolean(),
  },
  { requiredKeys: ['id', 'title'] },
);
const chartArb: fc.Arbitrary<Chart> = fc.record(
  {
    company: fc.record({ headcount: fc.constantFrom(20, 120, 400) }),
    positions: fc.array(positionArb, { maxLength: 10 }),
    dottedLines: fc.array(fc.record({ from: idArb, to: idArb }), { maxLength: 3 }),
  },
  { requiredKeys: ['positions'] },
);

/**
 * Today's chart with unique ids and an option made from it by edits: positions removed, added
 * (some reusing removed ids) and moved, in a shuffled order, as consultants' options are made.
 */
const optionPairArb: fc.Arbitrary<[Chart, Chart]> = fc
  .record({
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 14 }),
    managers: fc.array(fc.nat(20), { minLength: 14, maxLength: 14 }),
    removed: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
    newManagers: fc.array(fc.option(fc.nat(20)), { minLength: 14, maxLength: 14 }),
    added: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 4 }),
    order: fc.array(fc.nat(), { minLength: 18, maxLength: 18 }),
  })
  .map(({ ids, managers, removed, newManagers, added, order }) => {
    const pick = (k: number) => (k < ids.length ? ids[k] : k === 20 ? null : 'ghost');
    const today: Position[] = ids.map((id, k) => ({
      id,
      title: 'Developer',
      reportsTo: pick(managers[k]!),
    }));
    const kept = today
      .filter((_, k) => !removed[k])
      .map((position, k) => {
        const manager = newManagers[k];
        return manager === null || manager === undefined
          ? position
          : { ...position, reportsTo: pick(manager) };
      });
    const keptIds = new Set(kept.map((position) => position.id));
    const fresh = added
      .filter((id) => !keptIds.has(id))
      .map((id, k) => ({ id, title: 'Analyst', reportsTo: pick(k * 3) }));
    const option = [...kept, ...fresh]
      .map((position, k) => ({ position, key: order[k] ?? k }))
      .sort((x, y) => x.key - y.key)
      .map(({ position }) => position);
    return [{ positions: today }, { positions: option }];
  });

/** Everything a diff says about positions, one comparable string per change. */
function changesOf(diff: ChartDiff): string[] {
  return [
    ...diff.moved,
    ...diff.retitled,
    ...diff.reroled,
    ...diff.holderChanged,
    ...diff.vacancyChanged,
    ...diff.interimChanged,
  ].map((change) => JSON.stringify(change));
}

/** The same change seen from the other side: before and after swapped. */
function swapped(diff: ChartDiff): string[] {
  return [
    ...diff.moved,
    ...diff.retitled,
    ...diff.reroled,
    ...diff.holderChanged,
    ...diff.vacancyChanged,
    ...diff.interimChanged,
  ].map(({ kind, id, beforeTitle, afterTitle, before, after }) =>
    JSON.stringify({
      kind,
      id,
      beforeTitle: afterTitle,
      afterTitle: beforeTitle,
      before: after,
      after: before,
    }),
  );
}

function distinctIds(chart: Chart): number {
  return new Set(chart.positions.map((position) => position.id)).size;
}

describe('comparison properties', () => {
  it('finds no difference between a chart and itself or a copy', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        for (const other of [chart, structuredClone(chart)]) {
          const diff = diffCharts(chart, other);
          expect(isEmptyDiff(diff)).toBe(true);
          expect(diff.unchanged).toBe(distinctIds(chart));
          expect(diffRows(diff)).toEqual([]);
          expect(indexDiff(diff).size).toBe(0);
        }
      }),
    );
  });

  it('matches what a naive comparison of two charts with unique ids finds', () => {
    fc.assert(
      fc.property(optionPairArb, ([today, option]) => {
        const byId = (chart: Chart) => new Map(chart.positions.map((p) => [p.id, p]));
        const old = byId(today);
        const now = byId(option);
        const managerIn = (map: Map<string, Position>, position: Position) => {
          const id = position.reportsTo;
          return typeof id === 'string' && map.has(id) ? id : null;
        };
        const diff = diffCharts(today, option);
        expect(diff.removed.map((c) => c.id)).toEqual(
          today.positions.filter((p) => !now.has(p.id)).map((p) => p.id),
        );
        expect(diff.added.map((c) => c.id)).toEqual(
          option.positions.filter((p) => !old.has(p.id)).map((p) => p.id),
        );
        expect(diff.moved.map((c) => [c.id, c.before.id, c.after.id])).toEqual(
          option.positions
            .filter((p) => old.has(p.id))
            .map((p) => [p.id, managerIn(old, old.get(p.id)!), managerIn(now, p)])
            .filter(([, before, after]) => before !== after),
        );
        expect(diff.retitled.map((c) => c.id)).toEqual(
          option.positions
            .filter((p) => old.get(p.id)?.title === 'Developer' && p.title !== 'Developer')
            .map((p) => p.id),
        );
        expect(diff.unchanged).toBe(
          option.positions.filter(
            (p) =>
              old.has(p.id) &&
              old.get(p.id)!.title === p.title &&
              managerIn(old, old.get(p.id)!) === managerIn(now, p),
          ).length,
        );
      }),
    );
  });

  it('swaps added and removed, and before and after, when the charts swap', () => {
    fc.assert(
      fc.property(chartArb, chartArb, (a, b) => {
        const forward = diffCharts(a, b);
        const backward = diffCharts(b, a);
        expect(backward.added.map((c) => [c.id, c.afterTitle, c.manager])).toEqual(
          forward.removed.map((c) => [c.id, c.beforeTitle, c.manager]),
        );
        expect(backward.removed.map((c) => [c.id, c.beforeTitle, c.manager])).toEqual(
          forward.added.map((c) => [c.id, c.afterTitle, c.manager]),
        );
        expect(changesOf(backward).sort()).toEqual(swapped(forward).sort());
        expect(
          backward.dottedLinesAdded.map((l) => [l.from, l.to, l.fromTitle, l.toTitle]),
        ).toEqual(forward.dottedLinesRemoved.map((l) => [l.from, l.to, l.fromTitle, l.toTitle]));
        expect(backward.unchanged).toBe(forward.unchanged);
        expect(backward.duplicateIds).toEqual({
          before: forward.duplicateIds.after,
          after: forward.duplicateIds.before,
        });
      }),
    );
  });

  it('accounts for every id of both charts exactly once', () => {
    fc.assert(
      fc.property(chartArb, chartArb, (a, b) => {
        const diff = diffCharts(a, b);
        const index = indexDiff(diff);
        const changed = [...index.values()].filter((entry) => entry.status === 'changed').length;
        expect(diff.unchanged + changed + diff.removed.length).toBe(distinctIds(a));
        expect(diff.unchanged + changed + diff.added.length).toBe(distinctIds(b));
        expect(isEmptyDiff(diff)).toBe(diffRows(diff).length === 0);
      }),
    );
  });

  it('has a row per change, every value a string', () => {
    fc.assert(
      fc.property(chartArb, chartArb, (a, b) => {
        const diff = diffCharts(a, b);
        const rows = diffRows(diff);
        expect(rows).toHaveLength(
          diff.added.length +
            diff.removed.length +
            changesOf(diff).length +
            diff.dottedLinesAdded.length +
            diff.dottedLinesRemoved.length,
        );
        for (const row of rows) {
          for (const value of Object.values(row)) expect(typeof value).toBe('string');
        }
      }),
    );
  });

  it('resolves and introduces nothing between a report and itself', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const report = validate(chart);
        const delta = findingDelta(report, report);
        expect(delta.resolved).toEqual([]);
        expect(delta.introduced).toEqual([]);
        expect(delta.summary.unchanged).toBe(report.findings.length);
      }),
    );
  });

  it('swaps resolved and introduced when the reports swap, and adds up with the summaries', () => {
    fc.assert(
      fc.property(chartArb, chartArb, (a, b) => {
        const before = validate(a);
        const after = validate(b);
        const forward = findingDelta(before, after);
        const backward = findingDelta(after, before);
        const identities = (findings: typeof forward.resolved) =>
          findings.map(findingIdentity).sort();
        expect(identities(backward.introduced)).toEqual(identities(forward.resolved));
        expect(identities(backward.resolved)).toEqual(identities(forward.introduced));
        expect(backward.summary.unchanged).toBe(forward.summary.unchanged);
        const { resolved, introduced, unchanged } = forward.summary;
        for (const key of ['errors', 'warnings', 'infos'] as const) {
          expect(before.summary[key] - resolved[key] + introduced[key]).toBe(after.summary[key]);
        }
        expect(forward.resolved.length + unchanged).toBe(before.findings.length);
        expect(forward.introduced.length + unchanged).toBe(after.findings.length);
      }),
    );
  });
});
