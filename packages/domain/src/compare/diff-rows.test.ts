import { describe, expect, it } from 'vitest';
import type { Chart } from '../chart/schema.js';
import { orgChart } from '../testing/org-chart.js';
import { diffCharts } from './diff-charts.js';
import { diffRows } from './diff-rows.js';

describe('diffRows', () => {
  it('has no rows for identical charts', () => {
    const chart = orgChart(`
      ceo: CEO
    `);
    expect(diffRows(diffCharts(chart, chart))).toEqual([]);
  });

  it('words every kind of change, grouped by change', () => {
    const before: Chart = {
      ...orgChart(`
        ceo: CEO
          cio: CIO [holder=Lars Holm]
            it: IT Manager
          old: Head of Facilities
          cfo: CFO
          coo: COO [vacant]
      `),
      dottedLines: [{ from: 'it', to: 'cfo' }],
    };
    const after: Chart = {
      ...orgChart(`
        ceo: CEO
          cio: Interim CIO/CTO [holder=]
          it: IT Manager [reportsTo=ghost]
          cfo: CFO [vacant]
          coo: COO
            new:  [holder=Ida]
      `),
      dottedLines: [{ from: 'it', to: 'nowhere' }],
    };
    expect(diffRows(diffCharts(before, after))).toEqual([
      { change: 'added', id: 'new', title: '', before: '', after: 'reports to COO (coo)' },
      {
        change: 'removed',
        id: 'old',
        title: 'Head of Facilities',
        before: 'reports to CEO (ceo)',
        after: '',
      },
      {
        change: 'moved',
        id: 'it',
        title: 'IT Manager',
        before: 'reports to CIO (cio)',
        after: 'no manager',
      },
      {
        change: 'retitled',
        id: 'cio',
        title: 'Interim CIO/CTO',
        before: 'CIO',
        after: 'Interim CIO/CTO',
      },
      {
        change: 'reroled',
        id: 'cio',
        title: 'Interim CIO/CTO',
        before: 'CIO',
        after: 'CIO, CTO',
      },
      {
        change: 'holder-changed',
        id: 'cio',
        title: 'Interim CIO/CTO',
        before: 'Lars Holm',
        after: 'no holder',
      },
      { change: 'vacancy-changed', id: 'cfo', title: 'CFO', before: 'filled', after: 'vacant' },
      { change: 'vacancy-changed', id: 'coo', title: 'COO', before: 'vacant', after: 'filled' },
      {
        change: 'interim-changed',
        id: 'cio',
        title: 'Interim CIO/CTO',
        before: 'permanent',
        after: 'interim',
      },
      {
        change: 'dotted-line-added',
        id: 'it',
        title: 'IT Manager',
        before: '',
        after: 'dotted line to nowhere',
      },
      {
        change: 'dotted-line-removed',
        id: 'it',
        title: 'IT Manager',
        before: 'dotted line to CFO (cfo)',
        after: '',
      },
    ]);
  });

  it('names a position with a blank title by its id, and one without roles as such', () => {
    const before = orgChart(`
      boss: CEO
        a: Developer
    `);
    const after: Chart = {
      positions: [
        { id: 'boss', title: '   ' },
        { id: 'a', title: 'Developer', reportsTo: 'boss', roles: ['cto'] },
      ],
    };
    const rows = diffRows(diffCharts(after, before));
    expect(rows).toContainEqual({
      change: 'reroled',
      id: 'a',
      title: 'Developer',
      before: 'CTO',
      after: 'no recognised role',
    });
    expect(rows).toContainEqual({
      change: 'retitled',
      id: 'boss',
      title: 'CEO',
      before: '   ',
      after: 'CEO',
    });
    const added = diffRows(
      diffCharts(before, { positions: [...after.positions, { id: 'b', title: 'QA' }] }),
    );
    expect(added).toContainEqual({
      change: 'added',
      id: 'b',
      title: 'QA',
      before: '',
      after: 'no manager',
    });
  });

  it('keeps every value a string', () => {
    const before = orgChart(`
      ceo: CEO
        a: CFO [holder=Åse Ødegård, interim]
    `);
    const after = orgChart(`
      ceo: CEO
      a: CFO [reportsTo=, vacant]
    `);
    const rows = diffRows(diffCharts(before, after));
    expect(rows.map((row) => row.change)).toEqual([
      'moved',
      'holder-changed',
      'vacancy-changed',
      'interim-changed',
    ]);
    for (const row of rows) {
      for (const value of Object.values(row)) expect(typeof value).toBe('string');
    }
  });
});
