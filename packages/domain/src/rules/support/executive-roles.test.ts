import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { executiveRolesOf, roleNames } from './executive-roles.js';

describe('executiveRolesOf', () => {
  const analysis = new ChartAnalysis(
    orgChart(`
      board: Board
        ceo: CEO
          tech: Head of Technology [roles=cio+cto]
          cfo: Acting CFO
          vpe: VP Engineering
          it: IT manager [roles=it-manager+ciso]
          eng: Engineer
    `),
  );
  const namesOf = (id: string) => roleNames(executiveRolesOf(analysis, analysis.indexOf(id)!));

  it('keeps the CEO and C-level roles, in the order of the position roles', () => {
    expect(namesOf('ceo')).toBe('CEO');
    expect(namesOf('tech')).toBe('CIO/CTO');
    expect(namesOf('cfo')).toBe('CFO');
    expect(namesOf('it')).toBe('CISO');
  });

  it('leaves out the board, VPs, managers and positions with no role', () => {
    expect(executiveRolesOf(analysis, analysis.indexOf('board')!)).toEqual([]);
    expect(executiveRolesOf(analysis, analysis.indexOf('vpe')!)).toEqual([]);
    expect(executiveRolesOf(analysis, analysis.indexOf('eng')!)).toEqual([]);
  });
});
