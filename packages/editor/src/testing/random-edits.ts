import type { Chart, PatchOp, Position, RoleId } from '@orgwise/domain';
import fc from 'fast-check';

// Random charts and random edits for the property tests of the editor's core: small charts (so
// that edits collide often) with every kind of field, and edits of every patch operation.

const titles = ['CEO', 'CTO', 'CIO', 'Head of IT', 'CFO', 'Developer', 'Board'];
const roles: RoleId[] = ['ceo', 'cto', 'cio', 'cfo', 'it-manager'];

const positionSeed = fc.record({
  title: fc.constantFrom(...titles),
  manager: fc.option(fc.nat(), { nil: undefined }),
  holder: fc.option(fc.constantFrom('Ann', 'Bo', null), { nil: undefined }),
  roles: fc.option(fc.subarray(roles), { nil: undefined }),
  vacant: fc.option(fc.boolean(), { nil: undefined }),
  extra: fc.option(fc.constantFrom('F-01', 'IT-02'), { nil: undefined }),
});

export const randomChart: fc.Arbitrary<Chart> = fc
  .record({
    positions: fc.array(positionSeed, { minLength: 1, maxLength: 8 }),
    company: fc.option(
      fc.record({ name: fc.constantFrom('Acme', 'Beta'), headcount: fc.nat({ max: 500 }) }),
      { nil: undefined },
    ),
    lines: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  })
  .map(({ positions: seeds, company, lines }) => {
    const positions = seeds.map((seed, i) => {
      const position: Position = { id: `p${i}`, title: seed.title };
      if (seed.manager !== undefined && i > 0) position.reportsTo = `p${seed.manager % i}`;
      if (seed.holder !== undefined) position.holder = seed.holder;
      if (seed.roles !== undefined) position.roles = seed.roles;
      if (seed.vacant !== undefined) position.vacant = seed.vacant;
      if (seed.extra !== undefined) position.department = seed.extra;
      return position;
    });
    const chart: Chart = { version: 1, positions };
    if (company !== undefined) chart.company = company;
    const dottedLines = lines
      .map(([from, to]) => ({ from: `p${from % seeds.length}`, to: `p${to % seeds.length}` }))
      .filter(
        (line, i, all) =>
          line.from !== line.to &&
          all.findIndex((l) => l.from === line.from && l.to === line.to) === i,
      );
    if (dottedLines.length > 0) chart.dottedLines = dottedLines;
    return chart;
  });

export interface EditSeed {
  kind: (typeof editKinds)[number];
  a: number;
  b: number;
  text: string;
  flag: boolean;
}

const editKinds = [
  'title',
  'holder',
  'vacant',
  'scope',
  'reportsTo',
  'roles',
  'resetRoles',
  'add',
  'remove',
  'merge',
  'addLine',
  'removeLine',
  'company',
] as const;

export const editSeed: fc.Arbitrary<EditSeed> = fc.record({
  kind: fc.constantFrom(...editKinds),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.constantFrom('CTO', 'Chief Information Officer', 'Eve', 'Finance'),
  flag: fc.boolean(),
});

let added = 0;

/** The edit a seed stands for on this chart, or undefined when it has nothing to edit. */
export function resolveEdit(chart: Chart, seed: EditSeed): PatchOp | undefined {
  const { positions } = chart;
  if (positions.length === 0 && seed.kind !== 'add' && seed.kind !== 'company') return undefined;
  const pick = (n: number) => positions[n % positions.length]?.id ?? 'none';
  const id = pick(seed.a);
  const other = pick(seed.b);
  switch (seed.kind) {
    case 'title':
      return { op: 'updatePosition', positionId: id, changes: { title: seed.text } };
    case 'holder':
      return {
        op: 'updatePosition',
        positionId: id,
        changes: { holder: seed.flag ? seed.text : null },
      };
    case 'vacant':
      return { op: 'updatePosition', positionId: id, changes: { vacant: seed.flag } };
    case 'scope':
      return {
        op: 'updatePosition',
        positionId: id,
        changes: { scope: seed.flag ? 'unit' : null },
      };
    case 'reportsTo':
      return { op: 'setReportsTo', positionId: id, reportsTo: seed.flag ? other : null };
    case 'roles':
      return { op: 'setRoles', positionId: id, roles: seed.flag ? ['cto'] : ['cio', 'cto'] };
    case 'resetRoles':
      return { op: 'resetRoles', positionId: id };
    case 'add':
      added += 1;
      return {
        op: 'addPosition',
        position: {
          id: `new${added}`,
          title: seed.text,
          ...(seed.flag && positions.length > 0 ? { reportsTo: id } : {}),
        },
      };
    case 'remove':
      return { op: 'removePosition', positionId: id };
    case 'merge':
      return id === other ? undefined : { op: 'mergePositions', keepId: id, removeId: other };
    case 'addLine':
      return id === other ? undefined : { op: 'addDottedLine', from: id, to: other };
    case 'removeLine': {
      const lines = chart.dottedLines ?? [];
      const line = lines[seed.a % Math.max(lines.length, 1)];
      return line === undefined ? undefined : { op: 'removeDottedLine', ...line };
    }
    case 'company':
      return {
        op: 'updateCompany',
        changes: seed.flag ? { headcount: seed.a % 1000 } : { name: null },
      };
  }
}
