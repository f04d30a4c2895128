import { describe, expect, it } from 'vitest';
import { orgChart } from '../testing/org-chart.js';
import { diffCharts } from './diff-charts.js';
import { indexDiff } from './index-diff.js';

describe('indexDiff', () => {
  const before = orgChart(`
    ceo: CEO
      cio: CIO [holder=Lars Holm]
        cto: CTO
      cfo: CFO
  `);
  const after = orgChart(`
    ceo: CEO
      cto: Chief Technology Officer [holder=Anna Berg]
      cfo: CFO
      constructor: CISO
  `);
  const index = indexDiff(diffCharts(before, after));

  it('has one entry per changed position, with all its changes', () => {
    expect([...index.keys()].sort()).toEqual(['cio', 'constructor', 'cto']);
    const cto = index.get('cto')!;
    expect(cto).toMatchObject({
      id: 'cto',
      status: 'changed',
      beforeTitle: 'CTO',
      afterTitle: 'Chief Technology Officer',
    });
    expect(cto.changes.map((change) => change.kind)).toEqual([
      'moved',
      'retitled',
      'holder-changed',
    ]);
  });

  it('marks added and removed positions, whatever their id', () => {
    expect(index.get('constructor')).toMatchObject({
      status: 'added',
      beforeTitle: null,
      afterTitle: 'CISO',
    });
    expect(index.get('cio')).toMatchObject({ status: 'removed', afterTitle: null });
    expect(index.get('cio')!.changes).toHaveLength(1);
  });

  it('has no entry for an unchanged position, nor for inherited property names', () => {
    expect(index.has('ceo')).toBe(false);
    expect(index.has('cfo')).toBe(false);
    expect(index.get('toString')).toBeUndefined();
  });
});
