import { applyPatch } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { copyTeam, pasteTeamPatch } from './team-clipboard.js';

const chart = {
  ...orgChart(`
    ceo: CEO
      cio: CIO [holder=Ada]
        it: IT Manager
        sec: Security Lead
      cfo: CFO
  `),
  dottedLines: [
    { from: 'sec', to: 'it' },
    { from: 'it', to: 'cfo' },
  ],
};

describe('copyTeam and pasteTeamPatch', () => {
  it('copies a position with its whole team and the dotted lines inside it', () => {
    const clipboard = copyTeam(chart, 'cio')!;
    expect(clipboard.positions.map((p) => p.id)).toEqual(['cio', 'it', 'sec']);
    expect(clipboard.positions[0]).not.toHaveProperty('reportsTo');
    expect(clipboard.dottedLines).toEqual([{ from: 'sec', to: 'it' }]);
  });

  it('pastes a copy with fresh ids under the chosen manager', () => {
    const clipboard = copyTeam(chart, 'cio')!;
    const { patch, headId } = pasteTeamPatch(chart, clipboard, 'cfo');
    const pasted = applyPatch(chart, patch);
    expect(headId).toBe('cio-2');
    const byId = new Map(pasted.positions.map((p) => [p.id, p] as const));
    expect(byId.get('cio-2')).toMatchObject({ title: 'CIO', holder: 'Ada', reportsTo: 'cfo' });
    expect(byId.get('it-manager')).toMatchObject({ reportsTo: 'cio-2' });
    expect(byId.get('security-lead')).toMatchObject({ reportsTo: 'cio-2' });
    expect(pasted.dottedLines).toContainEqual({ from: 'security-lead', to: 'it-manager' });
    expect(pasted.positions).toHaveLength(chart.positions.length + 3);
  });

  it('pastes as a new top when no manager is chosen', () => {
    const clipboard = copyTeam(chart, 'it')!;
    const { patch, headId } = pasteTeamPatch(chart, clipboard, null);
    const pasted = applyPatch(chart, patch);
    expect(pasted.positions.find((p) => p.id === headId)).not.toHaveProperty('reportsTo');
  });

  it('copies a team that contains a reporting loop without looping', () => {
    const looped = orgChart(`
      a: A [reportsTo=b]
      b: B [reportsTo=a]
    `);
    expect(copyTeam(looped, 'a')!.positions.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for an unknown position', () => {
    expect(copyTeam(chart, 'ghost')).toBeUndefined();
  });
});
