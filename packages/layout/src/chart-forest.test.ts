import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { buildForest } from './chart-forest.js';

describe('buildForest', () => {
  it('mirrors a sound chart: tops, children, depths and team sizes', () => {
    const forest = buildForest(
      orgChart(`
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
          cfo: CFO
        chair: Chair of the advisory council
      `),
    );
    const index = (id: string) => forest.keyIndex.get(id)!;
    expect(forest.roots.map((i) => forest.keys[i])).toEqual(['ceo', 'chair']);
    expect(forest.children[index('ceo')]!.map((i) => forest.keys[i])).toEqual(['cto', 'cfo']);
    expect(forest.teamSize[index('ceo')]).toBe(3);
    expect(forest.teamSize[index('cto')]).toBe(1);
    expect(forest.depth[index('vpe')]).toBe(2);
    expect(forest.marks.every((mark) => mark === null)).toBe(true);
  });

  it('cuts a reporting loop at its first position and keeps everyone drawn', () => {
    const forest = buildForest(
      orgChart(`
        ceo: CEO
        a: Head of A [reportsTo=c]
        b: Head of B [reportsTo=a]
        c: Head of C [reportsTo=b]
          d: Analyst
      `),
    );
    const a = forest.keyIndex.get('a')!;
    expect(forest.marks[a]).toBe('cycle');
    expect(forest.parent[a]).toBe(-1);
    expect(forest.roots.map((i) => forest.keys[i])).toEqual(['ceo', 'a']);
    expect(forest.teamSize[a]).toBe(3); // b, c and d below the cut
    expect(forest.onCycle(forest.keyIndex.get('c')!)).toBe(true);
    expect(forest.onCycle(forest.keyIndex.get('d')!)).toBe(false);
  });

  it('draws a position reporting to itself as a marked top', () => {
    const forest = buildForest(orgChart('me: Lone wolf [reportsTo=me]'));
    expect(forest.roots).toEqual([0]);
    expect(forest.marks[0]).toBe('cycle');
  });

  it('draws a position under an unknown manager as a marked top', () => {
    const forest = buildForest(
      orgChart(`
        ceo: CEO
        it: Head of IT [reportsTo=cio]
      `),
    );
    const it = forest.keyIndex.get('it')!;
    expect(forest.roots).toContain(it);
    expect(forest.marks[it]).toBe('unknown-manager');
  });

  it('gives repeated ids keys of their own', () => {
    const forest = buildForest(
      orgChart(`
        ceo: CEO
          x: First
          x: Second
      `),
    );
    expect(forest.keys).toEqual(['ceo', 'x', 'x~2']);
    expect(new Set(forest.keys).size).toBe(3);
  });
});
