import { describe, expect, it } from 'vitest';
import type { Chart, Position } from '../chart/schema.js';
import { orgChart } from '../testing/org-chart.js';
import type { ChartDiff } from './chart-diff.js';
import { diffCharts, isEmptyDiff } from './diff-charts.js';

const empty: Chart = { version: 1, positions: [] };

/** The diff's lists reduced to ids, for tests about which positions land where. */
function idsOf(diff: ChartDiff) {
  return {
    added: diff.added.map((c) => c.id),
    removed: diff.removed.map((c) => c.id),
    moved: diff.moved.map((c) => c.id),
    retitled: diff.retitled.map((c) => c.id),
    reroled: diff.reroled.map((c) => c.id),
    holderChanged: diff.holderChanged.map((c) => c.id),
    vacancyChanged: diff.vacancyChanged.map((c) => c.id),
    interimChanged: diff.interimChanged.map((c) => c.id),
  };
}

const noIds = {
  added: [],
  removed: [],
  moved: [],
  retitled: [],
  reroled: [],
  holderChanged: [],
  vacancyChanged: [],
  interimChanged: [],
};

describe('diffCharts', () => {
  it('finds nothing between two empty charts', () => {
    const diff = diffCharts(empty, empty);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(0);
  });

  it('adds every position of a chart drawn from nothing, and removes them the other way', () => {
    const chart = orgChart(`
      ceo: CEO
        cfo: CFO
    `);
    expect(diffCharts(empty, chart).added).toEqual([
      {
        kind: 'added',
        id: 'ceo',
        beforeTitle: null,
        afterTitle: 'CEO',
        manager: { id: null, title: null },
      },
      {
        kind: 'added',
        id: 'cfo',
        beforeTitle: null,
        afterTitle: 'CFO',
        manager: { id: 'ceo', title: 'CEO' },
      },
    ]);
    expect(diffCharts(chart, empty).removed.map((c) => [c.id, c.manager.id])).toEqual([
      ['ceo', null],
      ['cfo', 'ceo'],
    ]);
  });

  it('finds nothing between a chart and a copy of it', () => {
    const chart = orgChart(`
      ceo: CEO [holder=Mette Jensen]
        cto: Acting CTO [vacant]
        it: Head of IT [roles=it-manager, reportsTo=ghost]
    `);
    chart.dottedLines = [{ from: 'it', to: 'cto' }];
    const diff = diffCharts(chart, structuredClone(chart));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(3);
  });

  it('reports each changed field of a position, with its titles', () => {
    const before = orgChart(`
      ceo: CEO
        coo: COO
          cio: CIO [holder=Lars Holm]
    `);
    const after = orgChart(`
      ceo: CEO
        coo: COO
        cio: Interim CIO/CTO [holder=Anna Berg, vacant]
    `);
    const base = { id: 'cio', beforeTitle: 'CIO', afterTitle: 'Interim CIO/CTO' };
    const diff = diffCharts(before, after);
    expect(diff.moved).toEqual([
      {
        kind: 'moved',
        ...base,
        before: { id: 'coo', title: 'COO' },
        after: { id: 'ceo', title: 'CEO' },
      },
    ]);
    expect(diff.retitled).toEqual([
      { kind: 'retitled', ...base, before: 'CIO', after: 'Interim CIO/CTO' },
    ]);
    expect(diff.reroled).toEqual([
      { kind: 'reroled', ...base, before: ['cio'], after: ['cio', 'cto'] },
    ]);
    expect(diff.holderChanged).toEqual([
      { kind: 'holder-changed', ...base, before: 'Lars Holm', after: 'Anna Berg' },
    ]);
    expect(diff.vacancyChanged).toEqual([
      { kind: 'vacancy-changed', ...base, before: false, after: true },
    ]);
    expect(diff.interimChanged).toEqual([
      { kind: 'interim-changed', ...base, before: false, after: true },
    ]);
    expect(diff.unchanged).toBe(2);
  });

  it('compares effective roles as sets, whether named or recognised from the title', () => {
    const before = orgChart(`
      ceo: CEO
        a: CIO
        b: Head of Technology [roles=cio+cto]
        c: Chief Information Officer
        d: IT Manager
    `);
    const after = orgChart(`
      ceo: CEO [roles=ceo]
        a: Group CIO [roles=cio]
        b: Head of Technology [roles=cto+cio+cto]
        c: CIO
        d: IT Manager [roles=]
    `);
    const diff = diffCharts(before, after);
    // Retitled but keeping the role, explicit roles equal to the recognised ones, a reordering:
    // none of it changes what the position is. Roles named as none where the title said IT
    // manager does.
    expect(diff.reroled.map((c) => [c.id, c.before, c.after])).toEqual([['d', ['it-manager'], []]]);
    expect(diff.retitled.map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('tells a title change to interim from one that stays interim', () => {
    const before = orgChart(`
      ceo: CEO
        a: Acting CFO
        b: CTO [interim]
        c: Interim CIO
    `);
    const after = orgChart(`
      ceo: CEO
        a: CFO
        b: Acting CTO
        c: Interim CIO [interim]
    `);
    expect(diffCharts(before, after).interimChanged.map((c) => [c.id, c.before, c.after])).toEqual([
      ['a', true, false],
    ]);
  });

  it('treats a blank holder as no holder', () => {
    const before = orgChart(`
      ceo: CEO [holder=]
        a: CFO
        b: COO [holder=Sofie Holm]
    `);
    const after: Chart = {
      positions: [
        { id: 'ceo', title: 'CEO', holder: '  ' },
        { id: 'a', title: 'CFO', reportsTo: 'ceo', holder: '' },
        { id: 'b', title: 'COO', reportsTo: 'ceo', holder: null },
      ],
    };
    expect(diffCharts(before, after).holderChanged).toEqual([
      {
        kind: 'holder-changed',
        id: 'b',
        beforeTitle: 'COO',
        afterTitle: 'COO',
        before: 'Sofie Holm',
        after: null,
      },
    ]);
  });

  describe('managers', () => {
    it('resolves a reportsTo that names no position to no manager', () => {
      const before = orgChart(`
        ceo: CEO
        a: CFO [reportsTo=ghost]
        b: COO [reportsTo=]
        c: CMO [reportsTo=ceo]
      `);
      const after = orgChart(`
        ceo: CEO
        a: CFO [reportsTo=]
        b: COO [reportsTo=phantom]
        c: CMO [reportsTo=ceo]
      `);
      // Dangling and absent are the same: no manager in the chart, before and after.
      expect(isEmptyDiff(diffCharts(before, after))).toBe(true);
    });

    it('moves a position whose manager no longer exists to no manager', () => {
      const before = orgChart(`
        ceo: CEO
          cio: CIO
            it: Head of IT
      `);
      const after = orgChart(`
        ceo: CEO
        it: Head of IT [reportsTo=cio]
      `);
      const diff = diffCharts(before, after);
      expect(diff.moved).toEqual([
        {
          kind: 'moved',
          id: 'it',
          beforeTitle: 'Head of IT',
          afterTitle: 'Head of IT',
          before: { id: 'cio', title: 'CIO' },
          after: { id: null, title: null },
        },
      ]);
      expect(diff.removed.map((c) => c.id)).toEqual(['cio']);
    });

    it('gives each chart its own manager titles', () => {
      const before = orgChart(`
        ceo: CEO
          cio: CIO
            ciso: CISO
      `);
      const after = orgChart(`
        ceo: Managing Director
          cio: Chief Digital Officer
          ciso: CISO
      `);
      expect(diffCharts(before, after).moved).toEqual([
        {
          kind: 'moved',
          id: 'ciso',
          beforeTitle: 'CISO',
          afterTitle: 'CISO',
          before: { id: 'cio', title: 'CIO' },
          after: { id: 'ceo', title: 'Managing Director' },
        },
      ]);
    });

    it('handles cycles and self-loops like any other manager', () => {
      const before = orgChart(`
        a: CEO [reportsTo=b]
        b: COO [reportsTo=a]
        c: CFO [reportsTo=c]
      `);
      const after = orgChart(`
        a: CEO
        b: COO [reportsTo=a]
        c: CFO [reportsTo=a]
      `);
      expect(diffCharts(before, after).moved.map((c) => [c.id, c.before.id, c.after.id])).toEqual([
        ['a', 'b', null],
        ['c', 'c', 'a'],
      ]);
    });
  });

  it('matches the first position of a duplicated id and lists the duplicates', () => {
    const before = orgChart(`
      ceo: CEO
        x: CFO
        x: COO
        y: CMO
        y: CHRO
        y: General Counsel
    `);
    const after = orgChart(`
      ceo: CEO
        x: CMO
        z: CPO
        z: CTO
    `);
    const diff = diffCharts(before, after);
    expect(diff.duplicateIds).toEqual({ before: ['x', 'y'], after: ['z'] });
    expect(diff.retitled.map((c) => [c.id, c.before, c.after])).toEqual([['x', 'CFO', 'CMO']]);
    expect(diff.added.map((c) => [c.id, c.afterTitle])).toEqual([['z', 'CPO']]);
    expect(diff.removed.map((c) => [c.id, c.beforeTitle])).toEqual([['y', 'CMO']]);
  });

  it('resolves a manager with a duplicated id to that id', () => {
    const before = orgChart(`
      m: CEO
      m: COO
      a: CFO [reportsTo=m]
    `);
    const after = orgChart(`
      m: CEO
      a: CFO [reportsTo=m]
    `);
    const diff = diffCharts(before, after);
    expect(diff.moved).toEqual([]);
    expect(diff.unchanged).toBe(2);
  });

  it('sees a chart whose ids all changed as every position removed and added', () => {
    const before = orgChart(`
      ceo: CEO
        cto: CTO
    `);
    const after = orgChart(`
      p1: CEO
        p2: CTO
    `);
    expect(idsOf(diffCharts(before, after))).toEqual({
      ...noIds,
      added: ['p1', 'p2'],
      removed: ['ceo', 'cto'],
    });
  });

  it('retitles every position of a chart translated to Danish, and rerole none', () => {
    const before = orgChart(`
      ceo: CEO
        cto: CTO
          dev: Developer
    `);
    const after = orgChart(`
      ceo: Administrerende direktør
        cto: Teknisk direktør
          dev: Udvikler
    `);
    expect(idsOf(diffCharts(before, after))).toEqual({
      ...noIds,
      retitled: ['ceo', 'cto', 'dev'],
    });
  });

  it('keeps ids that are also property names of plain objects apart', () => {
    const before = orgChart(`
      __proto__: CEO
        constructor: CFO
    `);
    const after = orgChart(`
      __proto__: CEO
        toString: CFO
    `);
    expect(idsOf(diffCharts(before, after))).toEqual({
      ...noIds,
      added: ['toString'],
      removed: ['constructor'],
    });
  });

  describe('dotted lines', () => {
    const chart = orgChart(`
      ceo: CEO
        cio: CIO
        cto: CTO
        ciso: CISO
    `);

    it('lists lines added and removed, each once, with the titles of their ends', () => {
      const before: Chart = {
        ...chart,
        dottedLines: [
          { from: 'ciso', to: 'ceo' },
          { from: 'cto', to: 'cio' },
          { from: 'cto', to: 'cio' },
        ],
      };
      const after: Chart = {
        ...chart,
        dottedLines: [
          { from: 'ciso', to: 'ceo' },
          { from: 'cio', to: 'cto' },
          { from: 'cio', to: 'board' },
          { from: 'cio', to: 'cto' },
        ],
      };
      const diff = diffCharts(before, after);
      expect(diff.dottedLinesAdded).toEqual([
        { kind: 'dotted-line-added', from: 'cio', to: 'cto', fromTitle: 'CIO', toTitle: 'CTO' },
        { kind: 'dotted-line-added', from: 'cio', to: 'board', fromTitle: 'CIO', toTitle: null },
      ]);
      expect(diff.dottedLinesRemoved).toEqual([
        { kind: 'dotted-line-removed', from: 'cto', to: 'cio', fromTitle: 'CTO', toTitle: 'CIO' },
      ]);
      expect(diff.unchanged).toBe(4);
      expect(isEmptyDiff(diff)).toBe(false);
    });

    it('tells ids containing separators apart', () => {
      const before: Chart = { positions: [], dottedLines: [{ from: 'a","b', to: 'c' }] };
      const after: Chart = { positions: [], dottedLines: [{ from: 'a', to: 'b","c' }] };
      const diff = diffCharts(before, after);
      expect(diff.dottedLinesAdded).toHaveLength(1);
      expect(diff.dottedLinesRemoved).toHaveLength(1);
    });
  });

  it('compares 100,000-position chains without overflowing the stack', () => {
    const size = 100_000;
    const chain = (reversed: boolean): Chart => ({
      positions: Array.from({ length: size }, (_, i): Position => {
        const manager = reversed ? i + 1 : i - 1;
        return manager < 0 || manager >= size
          ? { id: `p${i}`, title: 'CEO' }
          : { id: `p${i}`, title: i % 2 === 0 ? 'Manager' : 'Team Lead', reportsTo: `p${manager}` };
      }),
    });
    const down = chain(false);
    expect(isEmptyDiff(diffCharts(down, structuredClone(down)))).toBe(true);
    // Turned upside down: every position has a new manager, two of them none.
    const diff = diffCharts(down, chain(true));
    expect(diff.moved).toHaveLength(size);
    expect(diff.unchanged).toBe(0);
    expect(diff.moved[0]).toMatchObject({ id: 'p0', before: { id: null }, after: { id: 'p1' } });
  });
});
