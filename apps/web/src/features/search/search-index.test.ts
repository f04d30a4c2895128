import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchPositions } from './search-index.js';

const chart = orgChart(`
  ceo: Administrerende direktør
    cto: CTO & Co-founder
      vpe: VP Engineering
      arch: Lead Architect
    cfo: Økonomidirektør
`);
chart.positions[2]!.holder = 'Søren Ørsted';
const index = buildSearchIndex(chart);
const ids = (query: string) => searchPositions(index, query).results.map((r) => r.entry.id);

describe('searchPositions', () => {
  it('finds by title, holder, id and role, best match first', () => {
    expect(ids('cto')).toEqual(['cto']);
    expect(ids('soren')).toEqual(['vpe']);
    expect(ids('arch')).toEqual(['arch']);
    // "CFO" is the role read from the Danish title.
    expect(ids('cfo')).toEqual(['cfo']);
    expect(searchPositions(index, 'chief financial').results[0]?.field).toBe('role');
  });

  it('ranks a word start before a match inside a word', () => {
    // "Lead Architect" starts with "arch"'s word; "Økonomidirektør" holds "dir" inside a word.
    expect(ids('lead')).toEqual(['arch']);
    expect(ids('dir')).toEqual(['ceo', 'cfo']);
    expect(ids('direk')[0]).toBe('ceo');
  });

  it('finds nothing for a blank query, and counts every match beyond the limit', () => {
    expect(searchPositions(index, '  ').total).toBe(0);
    const many = buildSearchIndex({
      version: 1,
      positions: Array.from({ length: 20 }, (_, k) => ({ id: `p${k}`, title: 'Team lead' })),
    });
    const found = searchPositions(many, 'lead', 8);
    expect(found.results).toHaveLength(8);
    expect(found.total).toBe(20);
  });

  it('searches 10,000 positions quickly', () => {
    const big = buildSearchIndex({
      version: 1,
      positions: Array.from({ length: 10_000 }, (_, k) => ({ id: `p${k}`, title: `Manager ${k}` })),
    });
    const start = performance.now();
    for (let k = 0; k < 10; k++) searchPositions(big, `manager 99${k}`);
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });
});
