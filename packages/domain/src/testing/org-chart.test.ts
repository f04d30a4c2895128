import { describe, expect, it } from 'vitest';
import { parseChart } from '../chart/parse-chart.js';
import { orgChart } from './org-chart.js';

describe('orgChart', () => {
  it('builds positions in outline order, each under the line it is indented under', () => {
    expect(
      orgChart(`
        ceo: CEO
          cto: CTO
            vpe: VP Engineering
          cfo: CFO
        board: Board
      `),
    ).toEqual({
      version: 1,
      positions: [
        { id: 'ceo', title: 'CEO' },
        { id: 'cto', title: 'CTO', reportsTo: 'ceo' },
        { id: 'vpe', title: 'VP Engineering', reportsTo: 'cto' },
        { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
        { id: 'board', title: 'Board' },
      ],
    });
  });

  it('accepts any deeper indentation and a one-line outline with \\n', () => {
    expect(orgChart('a: A\n    b: B\n  c: C').positions).toEqual([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B', reportsTo: 'a' },
      { id: 'c', title: 'C', reportsTo: 'a' },
    ]);
  });

  it('reads every attribute', () => {
    const chart = orgChart(`
      ceo: CEO [holder=Mette Jensen]
        it: Head of IT [vacant, roles=it-manager+ciso, interim]
        x: Nobody's [holder=, roles=]
        loop: Loop [reportsTo=loop]
        free: Free [reportsTo=]
    `);
    expect(chart.positions).toEqual([
      { id: 'ceo', title: 'CEO', holder: 'Mette Jensen' },
      {
        id: 'it',
        title: 'Head of IT',
        reportsTo: 'ceo',
        vacant: true,
        roles: ['it-manager', 'ciso'],
        interim: true,
      },
      { id: 'x', title: "Nobody's", reportsTo: 'ceo', holder: null, roles: [] },
      { id: 'loop', title: 'Loop', reportsTo: 'loop' },
      { id: 'free', title: 'Free', reportsTo: null },
    ]);
  });

  it('keeps an "=" in a holder’s name and a colon in a title', () => {
    expect(orgChart('a: Head: IT [holder=A=B]').positions).toEqual([
      { id: 'a', title: 'Head: IT', holder: 'A=B' },
    ]);
  });

  it('allows repeated ids, to draw duplicates', () => {
    expect(orgChart('a: A\na: A again').positions.map((p) => p.id)).toEqual(['a', 'a']);
  });

  it('adds the company when given', () => {
    expect(orgChart('a: A', { headcount: 40, businessModel: 'product' })).toEqual({
      version: 1,
      company: { headcount: 40, businessModel: 'product' },
      positions: [{ id: 'a', title: 'A' }],
    });
  });

  it('gives an empty chart for an empty outline', () => {
    expect(orgChart('  \n')).toEqual({ version: 1, positions: [] });
  });

  it('builds charts that parse', () => {
    const chart = orgChart(`
      ceo: CEO [holder=Ann]
        cio: CIO [interim, roles=cio]
          it: IT [vacant, holder=]
    `);
    expect(parseChart(chart)).toEqual({ ok: true, chart });
  });

  it('names the line of a mistake', () => {
    expect(() => orgChart('ceo: CEO\n  no colon here')).toThrow(
      'orgChart line 2: expected "id: title", got "no colon here"',
    );
    expect(() => orgChart('ceo: CEO [boss]')).toThrow('orgChart line 1: unknown attribute "boss"');
    expect(() => orgChart('ceo: CEO\ncto: CTO [roles=cto+chief]')).toThrow(
      'orgChart line 2: unknown role "chief"',
    );
    expect(() => orgChart('ceo: CEO [vacant=false]')).toThrow(
      'orgChart line 1: "vacant" takes no value, got "vacant=false"',
    );
  });
});
