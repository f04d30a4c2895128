import { describe, expect, it } from 'vitest';
import { ChartAnalysis } from '../../chart/analysis.js';
import { orgChart } from '../../testing/index.js';
import { newRolePosition } from './new-role-position.js';

const at = (outline: string) => new ChartAnalysis(orgChart(outline));

describe('newRolePosition', () => {
  it('adds a vacant position with the role and its full name under the CEO', () => {
    expect(newRolePosition(at('boss: Adm. direktør\n  cio: CIO'), 'cto')).toEqual({
      ops: [
        {
          op: 'addPosition',
          position: {
            id: 'cto',
            title: 'Chief Technology Officer',
            roles: ['cto'],
            reportsTo: 'boss',
            vacant: true,
          },
        },
      ],
      where: { place: 'under', head: '“Adm. direktør”', team: [], teamSize: 0 },
    });
  });

  it('picks an id that is free', () => {
    const result = newRolePosition(
      at('ceo: CEO\n  cio: Head of Sales\n  cio-2: Sales lead'),
      'cio',
    );
    expect(result?.ops[0]).toMatchObject({
      position: { id: 'cio-3', title: 'Chief Information Officer' },
    });
  });

  it('moves the leads of the new executive’s team into it: IT directors and managers for a CIO', () => {
    const result = newRolePosition(
      at(
        'ceo: CEO\n  itd: IT Director\n    itm: IT Manager\n  itm2: IT Manager\n  vpe: VP Engineering',
      ),
      'cio',
    );
    expect(result).toEqual({
      ops: [
        {
          op: 'addPosition',
          position: {
            id: 'cio',
            title: 'Chief Information Officer',
            roles: ['cio'],
            reportsTo: 'ceo',
            vacant: true,
          },
        },
        // Not "itm": its manager, the IT director, already leads that team.
        { op: 'setReportsTo', positionId: 'itd', reportsTo: 'cio' },
        { op: 'setReportsTo', positionId: 'itm2', reportsTo: 'cio' },
      ],
      where: {
        place: 'under',
        head: '“CEO”',
        team: ['“IT Director”', '“IT Manager”'],
        teamSize: 2,
      },
    });
  });

  it('moves the VP Engineering under a new CTO', () => {
    expect(newRolePosition(at('ceo: CEO\n  vpe: VP Engineering'), 'cto')).toMatchObject({
      ops: [
        { op: 'addPosition', position: { id: 'cto', reportsTo: 'ceo' } },
        { op: 'setReportsTo', positionId: 'vpe', reportsTo: 'cto' },
      ],
      where: { place: 'under', head: '“CEO”', team: ['“VP Engineering”'], teamSize: 1 },
    });
  });

  it('goes under the chart’s single top when there is no CEO, and at the top of an empty chart', () => {
    // A box for the company, or an executive body: no role of its own.
    expect(newRolePosition(at('d: Direktion\n  cfo: CFO'), 'cio')).toMatchObject({
      ops: [{ position: { reportsTo: 'd' } }],
      where: { place: 'under', head: '“Direktion”' },
    });
    expect(newRolePosition(new ChartAnalysis({ positions: [] }), 'cio')).toMatchObject({
      ops: [{ position: { reportsTo: null } }],
      where: { place: 'top', teamSize: 0 },
    });
  });

  it('has no place with no CEO and several tops, or a board, an executive or a unit at the top', () => {
    expect(newRolePosition(at('a: CFO\nb: COO'), 'cio')).toBeUndefined();
    expect(newRolePosition(at('b: Board\n  cfo: CFO'), 'cio')).toBeUndefined();
    // A new CIO under the CTO would be an atypical line of its own making.
    expect(newRolePosition(at('cto: CTO'), 'cio')).toBeUndefined();
    expect(newRolePosition(at('x: Direktion [scope=unit]'), 'cio')).toBeUndefined();
  });

  it('has no place when the CEO is ambiguous, unreachable by id or cut off from the top', () => {
    expect(newRolePosition(at('a: CEO\nb: Chief Executive Officer'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: Board\nceo: CEO'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: CEO [reportsTo=ghost]'), 'cto')).toBeUndefined();
    expect(newRolePosition(at('ceo: CEO [reportsTo=coo]\n  coo: COO'), 'cto')).toBeUndefined();
  });
});
