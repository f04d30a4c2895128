import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgChart } from '../testing/org-chart.js';
import { ChartAnalysis, UNKNOWN_MANAGER } from './analysis.js';
import { applyPatch } from './apply-patch.js';
import { deepFreeze } from './deep-freeze.js';
import { parseChart } from './parse-chart.js';
import { PatchError } from './patch-error.js';
import type { PatchOp } from './patch-schema.js';
import type { Chart } from './schema.js';

/** Who reports to whom, `id>manager` (`id>` at the top), in chart order: the tree at a glance. */
function lines(chart: Chart): string[] {
  return chart.positions.map((p) => `${p.id}>${p.reportsTo ?? ''}`);
}

function patchError(run: () => unknown): PatchError {
  try {
    run();
  } catch (error) {
    if (error instanceof PatchError) return error;
    throw error;
  }
  throw new Error('expected a PatchError, but the patch applied');
}

const company = orgChart(
  `
  ceo: CEO
    cto: CTO
      vpe: VP Engineering
        dev1: Developer
        dev2: Developer
    cio: CIO
      it: Head of IT [roles=it-manager]
        desk: Service desk
    cfo: CFO [holder=Ann]
  `,
  { name: 'Acme', headcount: 40 },
);

describe('setReportsTo', () => {
  it('moves a position and its whole team under the new manager', () => {
    const next = applyPatch(company, [{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'cio' }]);
    expect(next.positions.find((p) => p.id === 'vpe')?.reportsTo).toBe('cio');
    const analysis = new ChartAnalysis(next);
    const cio = analysis.indexOf('cio')!;
    for (const id of ['vpe', 'dev1', 'dev2'])
      expect(analysis.isAncestorOf(cio, analysis.indexOf(id)!)).toBe(true);
    expect(analysis.spanOf(analysis.indexOf('cto')!)).toBe(0);
  });

  it('makes a position a top with null', () => {
    const next = applyPatch(company, [{ op: 'setReportsTo', positionId: 'cio', reportsTo: null }]);
    expect(new ChartAnalysis(next).tops.map((i) => next.positions[i]!.id)).toEqual(['ceo', 'cio']);
    expect(next.positions.find((p) => p.id === 'cio')).toHaveProperty('reportsTo', null);
  });

  it('names the wrong field when an id is unknown', () => {
    const unknownPosition = patchError(() =>
      applyPatch(company, [
        { op: 'setReportsTo', positionId: 'cto', reportsTo: 'ceo' },
        { op: 'setReportsTo', positionId: 'nobody', reportsTo: 'ceo' },
      ]),
    );
    expect(unknownPosition).toMatchObject({ opIndex: 1, field: 'positionId' });
    expect(unknownPosition.message).toBe('No position has id "nobody"');
    const unknownManager = patchError(() =>
      applyPatch(company, [{ op: 'setReportsTo', positionId: 'cto', reportsTo: 'nobody' }]),
    );
    expect(unknownManager).toMatchObject({ opIndex: 0, field: 'reportsTo' });
    expect(unknownManager.toInputIssue(['patch'])).toEqual({
      path: ['patch', 0, 'reportsTo'],
      message: 'No position has id "nobody"',
    });
  });

  it('lets a patch create a cycle: that is a finding of validate, not a patch error', () => {
    const next = applyPatch(company, [
      { op: 'setReportsTo', positionId: 'cto', reportsTo: 'dev1' },
    ]);
    const analysis = new ChartAnalysis(next);
    expect(analysis.inCycle(analysis.indexOf('cto')!)).toBe(true);
  });
});

describe('setRoles', () => {
  it('replaces the roles, without repeats', () => {
    const next = applyPatch(company, [
      { op: 'setRoles', positionId: 'cio', roles: ['cio', 'cto', 'cio'] },
      { op: 'setRoles', positionId: 'it', roles: [] },
    ]);
    expect(next.positions.find((p) => p.id === 'cio')?.roles).toEqual(['cio', 'cto']);
    const analysis = new ChartAnalysis(next);
    expect(analysis.rolesOf(analysis.indexOf('it')!)).toEqual([]);
  });
});

describe('updatePosition', () => {
  it('edits the given fields and leaves the rest, unknown ones included', () => {
    const chart: Chart = {
      positions: [{ id: 'a', title: 'CFO', holder: 'Ann', costCentre: 'F-100' }],
    };
    const next = applyPatch(chart, [
      {
        op: 'updatePosition',
        positionId: 'a',
        changes: { title: 'Interim CFO', vacant: true, interim: true, holder: undefined },
      },
    ]);
    expect(next.positions[0]).toEqual({
      id: 'a',
      title: 'Interim CFO',
      holder: 'Ann',
      vacant: true,
      interim: true,
      costCentre: 'F-100',
    });
  });

  it('clears the holder with null', () => {
    const next = applyPatch(company, [
      { op: 'updatePosition', positionId: 'cfo', changes: { holder: null } },
    ]);
    expect(next.positions.find((p) => p.id === 'cfo')?.holder).toBeNull();
  });
});

describe('addPosition', () => {
  it('appends a copy of the position', () => {
    const position = { id: 'ciso', title: 'CISO', reportsTo: 'ceo' };
    const next = applyPatch(company, [{ op: 'addPosition', position }]);
    expect(next.positions.at(-1)).toEqual(position);
    expect(next.positions.at(-1)).not.toBe(position);
    expect(next.positions).toHaveLength(company.positions.length + 1);
  });

  it('lets later operations use the new position', () => {
    const next = applyPatch(company, [
      { op: 'addPosition', position: { id: 'ciso', title: 'CISO', reportsTo: 'ceo' } },
      { op: 'setReportsTo', positionId: 'it', reportsTo: 'ciso' },
    ]);
    expect(next.positions.find((p) => p.id === 'it')?.reportsTo).toBe('ciso');
  });

  it('refuses an id that is taken and a manager that does not exist', () => {
    const taken = patchError(() =>
      applyPatch(company, [{ op: 'addPosition', position: { id: 'cto', title: 'CTO 2' } }]),
    );
    expect(taken).toMatchObject({ opIndex: 0, field: 'position' });
    expect(taken.message).toBe('A position with id "cto" already exists');
    expect(taken.toInputIssue(['patch']).path).toEqual(['patch', 0, 'position', 'id']);

    const noManager = patchError(() =>
      applyPatch(company, [
        { op: 'addPosition', position: { id: 'x', title: 'X', reportsTo: 'nobody' } },
      ]),
    );
    expect(noManager.message).toBe('No position has id "nobody"');
    expect(noManager.toInputIssue().path).toEqual([0, 'position', 'reportsTo']);
  });

  it('puts the position at `at` in the list, and last when `at` is beyond the end', () => {
    const position = { id: 'ciso', title: 'CISO', reportsTo: 'ceo' };
    const second = applyPatch(company, [{ op: 'addPosition', position, at: 1 }]);
    expect(second.positions.map((p) => p.id).slice(0, 3)).toEqual(['ceo', 'ciso', 'cto']);
    expect(
      applyPatch(second, [{ op: 'setReportsTo', positionId: 'ciso', reportsTo: 'cto' }]),
    ).toBeDefined();
    const last = applyPatch(company, [{ op: 'addPosition', position, at: 999 }]);
    expect(last.positions.at(-1)?.id).toBe('ciso');
  });
});

describe('resetRoles', () => {
  it('removes the hand-chosen roles, so that the title decides again', () => {
    const next = applyPatch(company, [{ op: 'resetRoles', positionId: 'it' }]);
    const it = next.positions.find((p) => p.id === 'it')!;
    expect(it).toEqual({ id: 'it', title: 'Head of IT', reportsTo: 'cio' });
    expect('roles' in it).toBe(false);
  });

  it('refuses an unknown position', () => {
    expect(
      patchError(() => applyPatch(company, [{ op: 'resetRoles', positionId: 'nobody' }])),
    ).toMatchObject({ opIndex: 0, field: 'positionId' });
  });
});

describe('replacePosition', () => {
  it('makes the record exactly the one given, extra fields and an unknown manager included', () => {
    const position = { id: 'cfo', title: 'Finance', reportsTo: 'gone', department: 'F-01' };
    const next = applyPatch(company, [{ op: 'replacePosition', position }]);
    expect(next.positions.find((p) => p.id === 'cfo')).toEqual(position);
    expect(next.positions.findIndex((p) => p.id === 'cfo')).toBe(
      company.positions.findIndex((p) => p.id === 'cfo'),
    );
  });

  it('refuses a position that does not exist', () => {
    expect(
      patchError(() =>
        applyPatch(company, [{ op: 'replacePosition', position: { id: 'x', title: 'X' } }]),
      ),
    ).toMatchObject({ opIndex: 0, field: 'position' });
  });
});

describe('updateCompany', () => {
  it('sets fields and removes those given as null', () => {
    const next = applyPatch(company, [
      { op: 'updateCompany', changes: { headcount: 300, name: null, businessModel: 'product' } },
    ]);
    expect(next.company).toEqual({ headcount: 300, businessModel: 'product' });
  });

  it('removes a company left without fields, and makes one when there is none', () => {
    const none = applyPatch(company, [
      { op: 'updateCompany', changes: { name: null, headcount: null } },
    ]);
    expect('company' in none).toBe(false);
    expect(applyPatch(none, [{ op: 'updateCompany', changes: { name: 'Beta' } }]).company).toEqual({
      name: 'Beta',
    });
  });

  it('keeps the company object when no operation changes it', () => {
    const next = applyPatch(company, [{ op: 'resetRoles', positionId: 'it' }]);
    expect(next.company).toBe(company.company);
  });
});

describe('removePosition', () => {
  it('hands the team to the removed position’s manager by default', () => {
    const next = applyPatch(company, [{ op: 'removePosition', positionId: 'vpe' }]);
    expect(lines(next)).toEqual([
      'ceo>',
      'cto>ceo',
      'dev1>cto',
      'dev2>cto',
      'cio>ceo',
      'it>cio',
      'desk>it',
      'cfo>ceo',
    ]);
  });

  it('hands the team to reassignTo, or makes it tops with null', () => {
    const reassigned = applyPatch(company, [
      { op: 'removePosition', positionId: 'vpe', reassignTo: 'cio' },
    ]);
    expect(lines(reassigned)).toContain('dev1>cio');
    expect(lines(reassigned)).toContain('dev2>cio');
    const tops = applyPatch(company, [
      { op: 'removePosition', positionId: 'vpe', reassignTo: null },
    ]);
    expect(lines(tops)).toContain('dev1>');
    expect(lines(tops)).toContain('dev2>');
  });

  it('makes the team tops when the top of the chart goes', () => {
    const next = applyPatch(company, [{ op: 'removePosition', positionId: 'ceo' }]);
    expect(new ChartAnalysis(next).tops.map((i) => next.positions[i]!.id)).toEqual([
      'cto',
      'cio',
      'cfo',
    ]);
  });

  it('lets one of the removed position’s reports take over its team and its place', () => {
    const next = applyPatch(company, [
      { op: 'removePosition', positionId: 'vpe', reassignTo: 'dev1' },
    ]);
    expect(lines(next).slice(0, 4)).toEqual(['ceo>', 'cto>ceo', 'dev1>cto', 'dev2>dev1']);
  });

  it('never closes a loop when the new manager is further down the removed position’s team', () => {
    const next = applyPatch(company, [
      { op: 'removePosition', positionId: 'cio', reassignTo: 'desk' },
    ]);
    expect(lines(next)).toContain('it>ceo');
    expect(lines(next)).toContain('desk>it');
    const analysis = new ChartAnalysis(next);
    expect(next.positions.some((_, i) => analysis.inCycle(i))).toBe(false);
  });

  it('leaves nobody reporting to a removed position that reported to itself', () => {
    const chart = orgChart('a: Loop [reportsTo=a]\n  b: B');
    expect(lines(applyPatch(chart, [{ op: 'removePosition', positionId: 'a' }]))).toEqual(['b>']);
  });

  it('breaks a two-position loop without leaving a self-loop', () => {
    const chart = orgChart('a: A [reportsTo=b]\n  b: B\n    c: C');
    expect(lines(applyPatch(chart, [{ op: 'removePosition', positionId: 'a' }]))).toEqual([
      'b>',
      'c>b',
    ]);
  });

  it('drops the dotted lines that touch the removed position', () => {
    const chart: Chart = {
      ...company,
      dottedLines: [
        { from: 'it', to: 'cto' },
        { from: 'vpe', to: 'cio' },
        { from: 'desk', to: 'cfo' },
      ],
    };
    const next = applyPatch(chart, [{ op: 'removePosition', positionId: 'cto' }]);
    expect(next.dottedLines).toEqual([
      { from: 'vpe', to: 'cio' },
      { from: 'desk', to: 'cfo' },
    ]);
  });

  it('refuses to reassign to itself or to an unknown position', () => {
    const self = patchError(() =>
      applyPatch(company, [{ op: 'removePosition', positionId: 'vpe', reassignTo: 'vpe' }]),
    );
    expect(self).toMatchObject({ opIndex: 0, field: 'reassignTo' });
    const unknown = patchError(() =>
      applyPatch(company, [{ op: 'removePosition', positionId: 'vpe', reassignTo: 'nobody' }]),
    );
    expect(unknown).toMatchObject({ opIndex: 0, field: 'reassignTo' });
    const missing = patchError(() =>
      applyPatch(company, [{ op: 'removePosition', positionId: 'nobody' }]),
    );
    expect(missing).toMatchObject({ opIndex: 0, field: 'positionId' });
  });
});

describe('mergePositions', () => {
  const cioAndCto: Chart = {
    ...orgChart(`
      ceo: CEO
        cio: CIO [holder=Ida]
          it: Head of IT [roles=it-manager]
        cto: Chief Technology Officer
          vpe: VP Engineering
          arch: Architect
    `),
    dottedLines: [
      { from: 'arch', to: 'cio' },
      { from: 'it', to: 'cto' },
      { from: 'cto', to: 'cio' },
      { from: 'vpe', to: 'it' },
    ],
  };

  it('gives the kept position both roles (recognised ones included) and both teams', () => {
    const next = applyPatch(cioAndCto, [
      { op: 'mergePositions', keepId: 'cio', removeId: 'cto', title: 'CIO' },
    ]);
    expect(next.positions.map((p) => p.id)).toEqual(['ceo', 'cio', 'it', 'vpe', 'arch']);
    const cio = next.positions[1]!;
    expect(cio).toEqual({
      id: 'cio',
      title: 'CIO',
      holder: 'Ida',
      reportsTo: 'ceo',
      roles: ['cio', 'cto'],
    });
    expect(lines(next)).toEqual(['ceo>', 'cio>ceo', 'it>cio', 'vpe>cio', 'arch>cio']);
  });

  it('keeps roles implicit when the new title says them all', () => {
    const next = applyPatch(cioAndCto, [
      { op: 'mergePositions', keepId: 'cio', removeId: 'cto', title: 'CIO/CTO' },
    ]);
    const cio = next.positions[1]!;
    expect(cio.title).toBe('CIO/CTO');
    expect(cio.roles).toBeUndefined();
    const analysis = new ChartAnalysis(next);
    expect([...analysis.rolesOf(1)].sort()).toEqual(['cio', 'cto']);
  });

  it('keeps the title when none is given, and unions explicit roles', () => {
    const chart = orgChart(
      'ceo: CEO\n  a: Head of IT [roles=it-manager]\n  b: Security lead [roles=ciso]',
    );
    const next = applyPatch(chart, [{ op: 'mergePositions', keepId: 'a', removeId: 'b' }]);
    expect(next.positions[1]).toEqual({
      id: 'a',
      title: 'Head of IT',
      reportsTo: 'ceo',
      roles: ['it-manager', 'ciso'],
    });
  });

  it('moves the dotted lines to the kept position, without self-loops, repeats or solid-line copies', () => {
    const next = applyPatch(cioAndCto, [
      { op: 'mergePositions', keepId: 'cio', removeId: 'cto', title: 'CIO/CTO' },
    ]);
    // arch→cio stays (it was there), it→cto would repeat it's solid line to the CIO, cto→cio would
    // join the CIO to itself, vpe→it is untouched.
    expect(next.dottedLines).toEqual([
      { from: 'arch', to: 'cio' },
      { from: 'vpe', to: 'it' },
    ]);
  });

  it('re-points dotted lines that start at the removed position', () => {
    const chart: Chart = {
      ...orgChart('ceo: CEO\n  a: A\n  b: B\n  c: C'),
      dottedLines: [
        { from: 'b', to: 'c' },
        { from: 'c', to: 'b' },
      ],
    };
    const next = applyPatch(chart, [{ op: 'mergePositions', keepId: 'a', removeId: 'b' }]);
    expect(next.dottedLines).toEqual([
      { from: 'a', to: 'c' },
      { from: 'c', to: 'a' },
    ]);
  });

  it('lets a kept position that reported to the removed one report to the removed one’s manager', () => {
    const next = applyPatch(cioAndCto, [{ op: 'mergePositions', keepId: 'vpe', removeId: 'cto' }]);
    expect(lines(next)).toEqual(['ceo>', 'cio>ceo', 'it>cio', 'vpe>ceo', 'arch>vpe']);
    const vpe = next.positions.find((p) => p.id === 'vpe')!;
    expect([...(vpe.roles ?? [])].sort()).toEqual(['cto', 'vp-engineering']);
  });

  it('moves a kept position from deeper in the removed one’s team into its place', () => {
    const chart = orgChart('ceo: CEO\n  a: A\n    b: B\n      c: C\n    d: D');
    const next = applyPatch(chart, [{ op: 'mergePositions', keepId: 'c', removeId: 'a' }]);
    expect(lines(next)).toEqual(['ceo>', 'b>c', 'c>ceo', 'd>c']);
  });

  it('merges two positions that report to each other without a self-loop', () => {
    const chart = orgChart('a: A [reportsTo=b]\n  b: B\n    c: C');
    const next = applyPatch(chart, [{ op: 'mergePositions', keepId: 'a', removeId: 'b' }]);
    expect(lines(next)).toEqual(['a>', 'c>a']);
    const self = orgChart('a: A [reportsTo=a]\nb: B [reportsTo=a]');
    expect(lines(applyPatch(self, [{ op: 'mergePositions', keepId: 'b', removeId: 'a' }]))).toEqual(
      ['b>'],
    );
  });

  it('refuses a self-merge and unknown ids', () => {
    const self = patchError(() =>
      applyPatch(company, [{ op: 'mergePositions', keepId: 'cio', removeId: 'cio' }]),
    );
    expect(self).toMatchObject({ opIndex: 0, field: 'removeId' });
    expect(self.message).toBe('A position cannot be merged with itself');
    expect(
      patchError(() =>
        applyPatch(company, [{ op: 'mergePositions', keepId: 'nobody', removeId: 'cio' }]),
      ),
    ).toMatchObject({ field: 'keepId' });
    expect(
      patchError(() =>
        applyPatch(company, [{ op: 'mergePositions', keepId: 'cio', removeId: 'nobody' }]),
      ),
    ).toMatchObject({ field: 'removeId' });
  });
});

describe('dotted-line operations', () => {
  it('adds a dotted line, creating the list when there is none, without repeats', () => {
    const next = applyPatch(company, [
      { op: 'addDottedLine', from: 'it', to: 'cto' },
      { op: 'addDottedLine', from: 'it', to: 'cto' },
    ]);
    expect(company.dottedLines).toBeUndefined();
    expect(next.dottedLines).toEqual([{ from: 'it', to: 'cto' }]);
  });

  it('refuses a dotted line to an unknown position or to itself', () => {
    expect(
      patchError(() => applyPatch(company, [{ op: 'addDottedLine', from: 'x', to: 'cto' }])),
    ).toMatchObject({ field: 'from' });
    expect(
      patchError(() => applyPatch(company, [{ op: 'addDottedLine', from: 'it', to: 'x' }])),
    ).toMatchObject({ field: 'to' });
    const self = patchError(() =>
      applyPatch(company, [{ op: 'addDottedLine', from: 'it', to: 'it' }]),
    );
    expect(self).toMatchObject({ field: 'to' });
  });

  it('removes every copy of a dotted line, even one to a position that does not exist', () => {
    const chart: Chart = {
      ...company,
      dottedLines: [
        { from: 'it', to: 'gone' },
        { from: 'it', to: 'cto' },
        { from: 'it', to: 'gone' },
      ],
    };
    const next = applyPatch(chart, [{ op: 'removeDottedLine', from: 'it', to: 'gone' }]);
    expect(next.dottedLines).toEqual([{ from: 'it', to: 'cto' }]);
  });

  it('refuses to remove a dotted line that is not there', () => {
    const error = patchError(() =>
      applyPatch(company, [{ op: 'removeDottedLine', from: 'it', to: 'cto' }]),
    );
    expect(error).toMatchObject({ opIndex: 0, field: 'to' });
    expect(error.message).toBe('No dotted line runs from "it" to "cto"');
  });
});

describe('duplicated ids', () => {
  const chart = orgChart('ceo: CEO\n  x: First\n  x: Second\n    y: Report');

  it('targets the first position with the id', () => {
    const next = applyPatch(chart, [
      { op: 'updatePosition', positionId: 'x', changes: { title: 'Renamed' } },
      { op: 'setReportsTo', positionId: 'x', reportsTo: null },
      { op: 'setRoles', positionId: 'x', roles: ['cfo'] },
    ]);
    expect(next.positions[1]).toEqual({
      id: 'x',
      title: 'Renamed',
      reportsTo: null,
      roles: ['cfo'],
    });
    expect(next.positions[2]).toBe(chart.positions[2]);
  });

  it('removes the first position only', () => {
    const next = applyPatch(chart, [{ op: 'removePosition', positionId: 'x' }]);
    expect(next.positions.map((p) => p.title)).toEqual(['CEO', 'Second', 'Report']);
  });
});

describe('purity', () => {
  it('never changes the input and shares the positions it does not touch', () => {
    const chart = deepFreeze<Chart>({
      ...structuredClone(company),
      dottedLines: [
        { from: 'it', to: 'cto' },
        { from: 'vpe', to: 'cfo' },
      ],
      extra: { kept: true },
    });
    const before = JSON.stringify(chart);
    const every: PatchOp[] = [
      { op: 'setReportsTo', positionId: 'vpe', reportsTo: 'ceo' },
      { op: 'setRoles', positionId: 'cfo', roles: ['cfo'] },
      { op: 'updatePosition', positionId: 'cfo', changes: { vacant: true } },
      { op: 'addPosition', position: { id: 'ciso', title: 'CISO', reportsTo: 'cio' } },
      { op: 'removePosition', positionId: 'desk' },
      { op: 'mergePositions', keepId: 'cio', removeId: 'cto' },
      { op: 'addDottedLine', from: 'ciso', to: 'ceo' },
      { op: 'removeDottedLine', from: 'vpe', to: 'cfo' },
    ];
    const next = applyPatch(chart, every);
    expect(JSON.stringify(chart)).toBe(before);
    expect(next).not.toBe(chart);
    expect(next.company).toBe(chart.company);
    expect(next.extra).toBe(chart.extra);
    const byId = new Map(chart.positions.map((p) => [p.id, p]));
    // Untouched: the CEO and the developers (their manager, the VP, kept its id).
    for (const id of ['ceo', 'dev1', 'dev2'])
      expect(next.positions.find((p) => p.id === id)).toBe(byId.get(id));
    expect(next.positions.find((p) => p.id === 'vpe')).not.toBe(byId.get('vpe'));
  });

  it('returns an equal chart for an empty patch', () => {
    const chart = deepFreeze(structuredClone(company));
    expect(applyPatch(chart, [])).toEqual(chart);
  });

  it('refuses an operation it does not know, instead of ignoring it', () => {
    const bogus = { op: 'renamePosition', positionId: 'cto' } as unknown as PatchOp;
    expect(patchError(() => applyPatch(company, [bogus]))).toMatchObject({
      opIndex: 0,
      field: 'op',
      message: 'Unknown patch operation "renamePosition"',
    });
  });
});

describe('removing and merging on random trees', () => {
  // A forest: each position reports to an earlier one or to nobody, so there is no loop to begin with.
  const forest = fc
    .array(fc.option(fc.nat(), { nil: undefined }), { minLength: 2, maxLength: 25 })
    .map(
      (managers): Chart => ({
        positions: managers.map((m, i) => ({
          id: `p${i}`,
          title: `Position ${i}`,
          reportsTo: m === undefined || i === 0 ? null : `p${m % i}`,
        })),
      }),
    );
  // Ids are drawn as numbers and wrapped onto the chart's size, so that most operations apply.
  const op = fc.oneof(
    fc.record({
      op: fc.constant('removePosition' as const),
      positionId: fc.nat(),
      reassignTo: fc.option(fc.nat(), { nil: undefined }),
    }),
    fc.record({ op: fc.constant('mergePositions' as const), keepId: fc.nat(), removeId: fc.nat() }),
  );
  const resolve = (ops: Record<string, string | number | undefined>[], size: number): PatchOp[] =>
    ops.map(
      (op) =>
        Object.fromEntries(
          Object.entries(op).map(([key, value]) => [
            key,
            typeof value === 'number' ? `p${value % size}` : value,
          ]),
        ) as PatchOp,
    );

  it('never build a loop, lose a manager or break the chart', () => {
    fc.assert(
      fc.property(forest, fc.array(op, { maxLength: 6 }), (chart, ops) => {
        let next: Chart;
        try {
          next = applyPatch(deepFreeze(chart), resolve(ops, chart.positions.length));
        } catch (error) {
          if (error instanceof PatchError) return;
          throw error;
        }
        expect(parseChart(next).ok).toBe(true);
        const analysis = new ChartAnalysis(next);
        for (let i = 0; i < analysis.size; i++) {
          expect(analysis.inCycle(i)).toBe(false);
          expect(analysis.managerOf(i)).not.toBe(UNKNOWN_MANAGER);
        }
      }),
      { numRuns: 500 },
    );
  });
});
