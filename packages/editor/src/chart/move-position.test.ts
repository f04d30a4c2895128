import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { checkMove } from './move-position.js';

const chart = orgChart(`
  ceo: CEO
    cto: CTO
      vpe: VP Engineering
        em: Engineering Manager
    cfo: CFO
`);

describe('checkMove', () => {
  it('moves a position under a new manager with one setReportsTo', () => {
    expect(checkMove(chart, 'vpe', 'ceo')).toEqual({
      ok: true,
      patch: [{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'ceo' }],
    });
  });

  it('refuses a move into the position’s own team, explaining the loop', () => {
    const check = checkMove(chart, 'cto', 'em');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(
      /“Engineering Manager” is in the team under “CTO”, so/,
    );
    expect(checkMove(chart, 'cto', 'cto')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/itself/),
    });
  });

  it('refuses moves that change nothing or name nobody', () => {
    expect(checkMove(chart, 'cto', 'ceo')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already reports/),
    });
    expect(checkMove(chart, 'ceo', null)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already at the top/),
    });
    expect(checkMove(chart, 'cto', 'nobody')).toMatchObject({ ok: false });
    expect(checkMove(chart, 'ghost', 'ceo')).toMatchObject({ ok: false });
  });

  it('moves a position to the top', () => {
    expect(checkMove(chart, 'cfo', null)).toMatchObject({ ok: true });
  });

  it('terminates on a chart that already has a loop elsewhere', () => {
    const looped = orgChart(`
      ceo: CEO
      a: A [reportsTo=b]
      b: B [reportsTo=a]
    `);
    expect(checkMove(looped, 'ceo', 'a')).toMatchObject({ ok: true });
  });
});
