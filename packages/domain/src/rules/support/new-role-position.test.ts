import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { newRolePosition } from './new-role-position.js';

const at = (outline: string) => new ChartAnalysis(orgChart(outline));

describe('newRolePosition', () => {
  it('adds a vacant position with the role and its full name under the CEO', () => {
    expect(newRolePosition(at('boss: Adm. direktør\n  cio: CIO'), 'cto')).toEqual({
      op: {
        op: 'addPosition',
        position: {
          id: 'cto',
          title: 'Chief Technology Officer',
          roles: ['cto'],
          reportsTo: 'boss',
          vacant: true,
        },
      },
      where: 'under “Adm. direktør”',
    });
  });

  it('picks an id that is free', () => {
    const result = newRolePosition(
      at('ceo: CEO\n  cio: Head of Sales\n  cio-2: Sales lead'),
      'cio',
    );
    expect(result?.op).toMatchObject({
      position: { id: 'cio-3', title: 'Chief Information Officer' },
    });
  });

  it('goes at the top of the chart when there is no CEO', () => {
    expect(newRolePosition(at('cfo: CFO'), 'cio')).toMatchObject({
      op: { position: { reportsTo: null } },
      where: 'at the top of the chart',
    });
    expect(newRolePosition(new ChartAnalysis({ positions: [] }), 'cio')).toBeDefined();
  });

  it('has no place when the CEO is ambiguous, unreachable by id or cut off from the top', () => {
    expect(newRolePosition(at('a: CEO\nb: Chief Executive Officer'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: Board\nceo: CEO'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: CEO [reportsTo=ghost]'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: CEO [reportsTo=coo]\n  coo: COO'), 'cto')).toBeUndefined();
  });
});
