import { describe, expect, it, vi } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { managedByRole } from './managed-by-role.js';

function answers(outline: string, role: 'cio' | 'cto'): Record<string, boolean> {
  const analysis = new ChartAnalysis(orgChart(outline));
  const managed = managedByRole(analysis, role);
  return Object.fromEntries(analysis.positions.map((p, i) => [p.id, managed(i)]));
}

describe('managedByRole', () => {
  it('is true below a holder at any depth, and not for the holder itself', () => {
    expect(
      answers(
        `
        ceo: CEO
          cio: CIO
            itd: IT director
              itm: IT manager
          cfo: CFO
            itm2: IT manager
      `,
        'cio',
      ),
    ).toEqual({ ceo: false, cio: false, itd: true, itm: true, cfo: false, itm2: false });
  });

  it('gives the same answers whatever order the positions are asked in', () => {
    const analysis = new ChartAnalysis(
      orgChart(`
        ceo: CEO
          cio: CIO
            a: A
              b: B
                c: C
          d: D
            e: E
      `),
    );
    const forwards = managedByRole(analysis, 'cio');
    const backwards = managedByRole(analysis, 'cio');
    const ids = analysis.positions.map((_, i) => i);
    const first = ids.map((i) => forwards(i));
    const second = ids
      .slice()
      .reverse()
      .map((i) => backwards(i))
      .reverse();
    expect(first).toEqual([false, false, true, true, true, false, false]);
    expect(second).toEqual(first);
  });

  it('counts any of several holders', () => {
    expect(
      answers(
        'ceo: CEO\n  a: CIO\n    x: X\n  b: Chief Information Officer\n    y: Y\n  z: Z',
        'cio',
      ),
    ).toMatchObject({ x: true, y: true, z: false });
  });

  it('counts a holder of any of the roles', () => {
    const analysis = new ChartAnalysis(
      orgChart('ceo: CEO\n  itd: IT Director\n    a: A\n  itm: IT manager\n    b: B\n  c: C'),
    );
    const managed = managedByRole(analysis, 'it-director', 'it-manager');
    expect(analysis.positions.map((_, i) => managed(i))).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('is false on a cycle and under an unknown manager', () => {
    expect(
      answers('ceo: CIO\n  a: A [reportsTo=b]\n    b: B\n  c: C [reportsTo=ghost]', 'cio'),
    ).toMatchObject({ a: false, b: false, c: false });
  });

  it('walks a chain of 100,000 positions without recursion', () => {
    const analysis = new ChartAnalysis({ positions: chain(100_000) });
    expect(managedByRole(analysis, 'cto')(99_999)).toBe(true);
  });

  it('looks at each position once, however many are asked', () => {
    const n = 5_000;
    const analysis = new ChartAnalysis({ positions: chain(n) });
    const looks = vi.spyOn(analysis, 'hasRole');
    const managed = managedByRole(analysis, 'cto');
    let inside = 0;
    for (let i = n - 1; i >= 0; i--) if (managed(i)) inside++;
    for (let i = 0; i < n; i++) if (managed(i)) inside++;
    expect(inside).toBe(2 * (n - 1));
    expect(looks.mock.calls.length).toBeLessThanOrEqual(n);
  });
});

/** A chain of `n` positions under a CTO at the top. */
function chain(n: number) {
  return Array.from({ length: n }, (_, k) => ({
    id: `p${k}`,
    title: k === 0 ? 'CTO' : 'Engineer',
    reportsTo: k === 0 ? null : `p${k - 1}`,
  }));
}
