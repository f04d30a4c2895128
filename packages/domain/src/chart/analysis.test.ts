import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgChart } from '../testing/org-chart.js';
import { ChartAnalysis, NO_MANAGER, UNKNOWN_MANAGER } from './analysis.js';
import type { Chart, Position } from './schema.js';

function analyse(outline: string): ChartAnalysis {
  return new ChartAnalysis(orgChart(outline));
}

/** Index of the first position with the id; fails the test for an id the chart lacks. */
function at(analysis: ChartAnalysis, id: string): number {
  const index = analysis.indexOf(id);
  if (index === undefined) throw new Error(`no position "${id}"`);
  return index;
}

function ids(analysis: ChartAnalysis, indices: Iterable<number>): string[] {
  return [...indices].map((i) => analysis.id(i));
}

describe('managers and tops', () => {
  const analysis = analyse(`
    ceo: CEO
      cto: CTO
        dev: Developer
      lost: Lost [reportsTo=nobody]
        found: Found
    side: Side project
  `);

  it('resolves each manager by id, and marks tops and unknown managers', () => {
    expect(analysis.managerOf(at(analysis, 'ceo'))).toBe(NO_MANAGER);
    expect(analysis.managerOf(at(analysis, 'cto'))).toBe(at(analysis, 'ceo'));
    expect(analysis.managerOf(at(analysis, 'lost'))).toBe(UNKNOWN_MANAGER);
    expect(analysis.resolvedManager(at(analysis, 'lost'))).toBeUndefined();
    expect(analysis.resolvedManager(at(analysis, 'ceo'))).toBeUndefined();
    expect(analysis.resolvedManager(at(analysis, 'dev'))).toBe(at(analysis, 'cto'));
  });

  it('lists tops in chart order: positions with no manager, not those with an unknown one', () => {
    expect(ids(analysis, analysis.tops)).toEqual(['ceo', 'side']);
  });

  it('lists direct reports in chart order and counts them', () => {
    expect(ids(analysis, analysis.reportsOf(at(analysis, 'ceo')))).toEqual(['cto']);
    expect(ids(analysis, analysis.reportsOf(at(analysis, 'lost')))).toEqual(['found']);
    expect(analysis.spanOf(at(analysis, 'dev'))).toBe(0);
    expect(analysis.spanOf(at(analysis, 'ceo'))).toBe(1);
  });

  it('resolves a duplicated id to its first position and groups the duplicates', () => {
    const dup = analyse('a: First\n  x: Report\na: Second\nb: B\nb: B2\na: Third');
    expect(dup.managerOf(1)).toBe(0);
    expect(dup.indexOf('a')).toBe(0);
    expect([...dup.duplicateIds]).toEqual([
      ['a', [0, 2, 5]],
      ['b', [3, 4]],
    ]);
    expect(analyse('a: A\nb: B').duplicateIds.size).toBe(0);
  });

  it('handles an empty chart', () => {
    const empty = new ChartAnalysis({ positions: [] });
    expect(empty.size).toBe(0);
    expect(empty.tops).toEqual([]);
    expect(empty.layers).toBe(0);
  });
});

describe('cycles', () => {
  it('finds a position reporting to itself', () => {
    const analysis = analyse('ceo: CEO\n  a: A [reportsTo=a]\n    b: B');
    expect(analysis.inCycle(at(analysis, 'a'))).toBe(true);
    expect(analysis.inCycle(at(analysis, 'b'))).toBe(false);
    expect(analysis.inCycle(at(analysis, 'ceo'))).toBe(false);
  });

  it('finds a long loop, two separate loops, and leaves the trees hanging under them out', () => {
    const analysis = analyse(`
      a: A [reportsTo=e]
        b: B
          c: C
            d: D
              e: E
                tail: Under the loop
                  deeper: Further under
      x: X [reportsTo=y]
        y: Y
      ceo: CEO
        ok: OK
    `);
    const cycle = (id: string) => analysis.inCycle(at(analysis, id));
    for (const id of ['a', 'b', 'c', 'd', 'e', 'x', 'y']) expect(cycle(id)).toBe(true);
    for (const id of ['tail', 'deeper', 'ceo', 'ok']) expect(cycle(id)).toBe(false);
    expect(ids(analysis, analysis.tops)).toEqual(['ceo']);
  });
});

describe('layers', () => {
  it('counts layers from the top, and gives 0 under a cycle or an unknown manager', () => {
    const analysis = analyse(`
      board: Board
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
      loop: Loop [reportsTo=loop]
        under: Under the loop
      lost: Lost [reportsTo=nobody]
        found: Found
    `);
    const layer = (id: string) => analysis.layerOf(at(analysis, id));
    expect([layer('board'), layer('ceo'), layer('cto'), layer('vpe')]).toEqual([1, 2, 3, 4]);
    expect([layer('loop'), layer('under'), layer('lost'), layer('found')]).toEqual([0, 0, 0, 0]);
    expect(analysis.layers).toBe(4);
  });

  it('counts a chart of tops as one layer, and one made only of a loop as none', () => {
    expect(analyse('a: A\nb: B').layers).toBe(1);
    expect(analyse('a: A [reportsTo=b]\nb: B [reportsTo=a]').layers).toBe(0);
  });
});

describe('isAncestorOf', () => {
  const analysis = analyse(`
    ceo: CEO
      cto: CTO
        vpe: VP Engineering
          dev: Developer
      cfo: CFO
    other: Other top
  `);
  const ancestor = (a: string, b: string) =>
    analysis.isAncestorOf(at(analysis, a), at(analysis, b));

  it('is true for every manager up the chain', () => {
    expect(ancestor('ceo', 'dev')).toBe(true);
    expect(ancestor('cto', 'dev')).toBe(true);
    expect(ancestor('vpe', 'dev')).toBe(true);
  });

  it('is false for reports, peers, other trees and the position itself', () => {
    expect(ancestor('dev', 'ceo')).toBe(false);
    expect(ancestor('cfo', 'dev')).toBe(false);
    expect(ancestor('cto', 'cfo')).toBe(false);
    expect(ancestor('other', 'dev')).toBe(false);
    expect(ancestor('cto', 'cto')).toBe(false);
  });

  it('holds within a tree that hangs under a loop', () => {
    const looped = analyse('a: A [reportsTo=b]\n  b: B\n    c: C\n      d: D');
    expect(looped.isAncestorOf(at(looped, 'c'), at(looped, 'd'))).toBe(true);
    expect(looped.isAncestorOf(at(looped, 'b'), at(looped, 'd'))).toBe(true);
    expect(looped.isAncestorOf(at(looped, 'd'), at(looped, 'c'))).toBe(false);
  });
});

describe('roles', () => {
  const analysis = analyse(`
    board: Board of Directors
      ceo: Administrerende direktør [holder=Mette]
        cio: Interim CIO
          it: Head of IT [roles=it-manager, vacant]
        both: CIO/CTO
        dev: Developer
        deputy: Deputy CIO
        cfo: CFO [roles=]
        acting: Acting CFO [interim]
        named: Acting COO
  `);
  const roles = (id: string) => analysis.rolesOf(at(analysis, id));

  it('recognises roles from titles, and lets explicit roles (even none) win', () => {
    expect(roles('ceo')).toEqual(['ceo']);
    expect(roles('both')).toEqual(['cio', 'cto']);
    expect(roles('it')).toEqual(['it-manager']);
    expect(roles('cfo')).toEqual([]);
    expect(roles('dev')).toEqual([]);
    expect(roles('deputy')).toEqual([]);
    expect(analysis.hasRole(at(analysis, 'both'), 'cto')).toBe(true);
    expect(analysis.hasRole(at(analysis, 'cfo'), 'cfo')).toBe(false);
  });

  it('ranks a position by its highest role', () => {
    const rank = (id: string) => analysis.rankOf(at(analysis, id));
    expect([rank('board'), rank('ceo'), rank('cio'), rank('it'), rank('dev')]).toEqual([
      5, 4, 3, 1, 0,
    ]);
  });

  it('lists the holders of a role in chart order and knows a sole holder', () => {
    expect(ids(analysis, analysis.holdersOf('cio'))).toEqual(['cio', 'both']);
    expect(analysis.soleHolder('cio')).toBeUndefined();
    expect(analysis.soleHolder('cto')).toBe(at(analysis, 'both'));
    expect(analysis.holdersOf('chro')).toEqual([]);
    expect(analysis.soleHolder('chro')).toBeUndefined();
    // A position naming a role twice still holds it once.
    const twice = new ChartAnalysis({
      positions: [{ id: 'a', title: 'A', roles: ['cto', 'cio', 'cto'] }],
    });
    expect(twice.holdersOf('cto')).toEqual([0]);
  });

  it('reads interim from the field or else the title, and vacancy from the field', () => {
    const interim = (id: string) => analysis.isInterim(at(analysis, id));
    expect([interim('cio'), interim('acting'), interim('named'), interim('ceo')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    const notInterim = new ChartAnalysis({
      positions: [{ id: 'a', title: 'Interim CIO', interim: false }],
    });
    expect(notInterim.isInterim(0)).toBe(false);
    expect(analysis.isVacant(at(analysis, 'it'))).toBe(true);
    expect(analysis.isVacant(at(analysis, 'cio'))).toBe(false);
  });
});

describe('label', () => {
  it('quotes the title, falls back to the id, and shortens a long title', () => {
    const analysis = new ChartAnalysis({
      positions: [
        { id: 'cto', title: '  CTO  ' },
        { id: 'blank', title: ' ' },
        { id: 'long', title: 'x'.repeat(100) },
      ],
    });
    expect(analysis.label(0)).toBe('“CTO”');
    expect(analysis.label(1)).toBe('"blank"');
    expect(analysis.label(2)).toBe(`“${'x'.repeat(77)}…”`);
    expect(analysis.id(2)).toBe('long');
  });
});

describe('label of a long title with emoji', () => {
  // 75 single-unit characters then emoji: a cut at 77 UTF-16 units would halve the second emoji.
  it('never splits an emoji in two', () => {
    const analysis = new ChartAnalysis({
      positions: [{ id: 'a', title: `${'x'.repeat(75)}${'🙂'.repeat(10)}` }],
    });
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(analysis.label(0)).not.toMatch(loneSurrogate);
  });
});

describe('a 1,000,000-position chain', () => {
  it('is analysed without recursion', () => {
    const n = 1_000_000;
    const positions: Position[] = new Array(n);
    positions[0] = { id: 'p0', title: 'CEO' };
    for (let i = 1; i < n; i++)
      positions[i] = { id: `p${i}`, title: 'Manager', reportsTo: `p${i - 1}` };
    const analysis = new ChartAnalysis({ positions });
    expect(analysis.layers).toBe(n);
    expect(analysis.layerOf(n - 1)).toBe(n);
    expect(analysis.isAncestorOf(0, n - 1)).toBe(true);
    expect(analysis.isAncestorOf(n - 1, 0)).toBe(false);
    expect(analysis.inCycle(n - 1)).toBe(false);
  });

  it('finds a loop through all of them', () => {
    const n = 1_000_000;
    const positions: Position[] = new Array(n);
    for (let i = 0; i < n; i++)
      positions[i] = { id: `p${i}`, title: 'Manager', reportsTo: `p${(i + n - 1) % n}` };
    const analysis = new ChartAnalysis({ positions });
    expect(analysis.inCycle(0)).toBe(true);
    expect(analysis.inCycle(n - 1)).toBe(true);
    expect(analysis.layers).toBe(0);
  });
});

describe('agrees with a naive reading of the chart', () => {
  // Each position reports to a random position, to nobody or to an id that does not exist; so
  // charts have trees, loops, trees under loops, dangling lines and now and then a duplicated id.
  const chart = fc
    .array(
      fc.record({
        id: fc.nat(14),
        manager: fc.oneof(fc.nat(14), fc.constant(-1), fc.constant(99)),
      }),
      { maxLength: 14 },
    )
    .map(
      (rows): Chart => ({
        positions: rows.map(({ id, manager }) => ({
          id: `p${id}`,
          title: 'Position',
          reportsTo: manager === -1 ? null : `p${manager}`,
        })),
      }),
    );

  it('on managers, cycles, layers, tops, reports and ancestors', () => {
    fc.assert(
      fc.property(chart, (input) => {
        const analysis = new ChartAnalysis(input);
        const n = input.positions.length;
        const first = (id: string) => input.positions.findIndex((p) => p.id === id);
        const manager = (i: number): number => {
          const reportsTo = input.positions[i]!.reportsTo;
          if (reportsTo === null || reportsTo === undefined) return NO_MANAGER;
          const m = first(reportsTo);
          return m === -1 ? UNKNOWN_MANAGER : m;
        };
        /** The chain above i, up to the top, an unknown manager, or the first repeat. */
        const chain = (i: number): { above: number[]; loops: boolean; known: boolean } => {
          const above: number[] = [];
          const seen = new Set([i]);
          let j = manager(i);
          while (j >= 0 && !seen.has(j)) {
            above.push(j);
            seen.add(j);
            j = manager(j);
          }
          return { above, loops: j >= 0, known: j !== UNKNOWN_MANAGER };
        };
        const inCycle = (i: number) => {
          let j = manager(i);
          for (let k = 0; k < n && j >= 0; k++, j = manager(j)) if (j === i) return true;
          return false;
        };
        let layers = 0;
        for (let i = 0; i < n; i++) {
          expect(analysis.managerOf(i)).toBe(manager(i));
          expect(analysis.inCycle(i)).toBe(inCycle(i));
          const { above, loops, known } = chain(i);
          const layer = loops || !known || inCycle(i) ? 0 : above.length + 1;
          expect(analysis.layerOf(i)).toBe(layer);
          layers = Math.max(layers, layer);
          const reports = [...Array(n).keys()].filter((j) => manager(j) === i);
          expect([...analysis.reportsOf(i)]).toEqual(reports);
          expect(analysis.spanOf(i)).toBe(reports.length);
          // Ancestors are exact outside loops; on or under a loop, the positions up to the loop
          // still count (the walk cuts the loop at each member).
          for (let a = 0; a < n; a++) {
            if (inCycle(i)) continue;
            const upToLoop = above.slice(0, above.findIndex(inCycle) + 1 || above.length);
            expect(analysis.isAncestorOf(a, i)).toBe(upToLoop.includes(a));
          }
        }
        expect(analysis.layers).toBe(layers);
        expect([...analysis.tops]).toEqual(
          [...Array(n).keys()].filter((i) => manager(i) === NO_MANAGER),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
