import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChartAnalysis, NO_MANAGER, UNKNOWN_MANAGER } from './chart/analysis.js';
import { applyPatch } from './chart/apply-patch.js';
import { deepFreeze } from './chart/deep-freeze.js';
import { toInputIssues } from './chart/input-issue.js';
import { parseChart } from './chart/parse-chart.js';
import { PatchError } from './chart/patch-error.js';
import { type PatchOp, patchSchema } from './chart/patch-schema.js';
import { type Chart, chartSchema, type Position } from './chart/schema.js';
import { sectors } from './chart/sectors.js';
import { validate } from './default-rules.js';
import type { RuleCategory } from './engine/define-rule.js';
import type { Finding, Severity } from './engine/types.js';
import { getRole } from './roles/catalogue.js';
import { inSector, recognizeTitle } from './roles/recognize-title.js';
import { roleIds } from './roles/role-ids.js';
import { rules } from './rules/index.js';
import { generateChart } from './testing/generate-chart.js';

// Properties that must hold for every chart, hostile ones included. The arbitraries draw ids from
// a handful of names so that duplicates, cycles, self-references and dangling references are
// common rather than once-in-a-million, and mix in ids that are also JavaScript's own property
// names, which break code that keeps ids in plain objects.

// ---------------------------------------------------------------------------------------------
// Arbitraries

const hostileIds = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  ' ',
  'CEO',
  'ceo ',
  '💼',
  'x'.repeat(128),
];
const idArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('ceo', 'cio', 'cto', 'a', 'b', 'c') },
  { weight: 3, arbitrary: fc.constantFrom(...hostileIds) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);

/** Titles that name roles in English, Danish and Dutch, so that the role rules have work. */
const roleTitles = [
  'CEO',
  'Chief Executive Officer',
  'Administrerende direktør',
  'Algemeen directeur',
  'Board of Directors',
  'Bestyrelsen',
  'CTO',
  'CTO & co-founder',
  'Teknisk direktør',
  'CIO',
  'Interim CIO',
  'CIO/CTO',
  'IT-chef',
  'Directeur Informatievoorziening',
  'Deputy CIO',
  'CISO',
  'CFO',
  'Økonomidirektør',
  'COO',
  'Chief People Officer',
  'CMO',
  'Chief Product Officer',
  'General Counsel',
  'VP Engineering',
  'Head of Engineering',
  'Head of IT',
  'Hoofd IT',
  'IT Manager',
  'Acting CTO',
  'konstitueret CFO',
  'Software Engineer',
  // Unit heads, heads of a function and ambiguous words, which the chart around them reads.
  'CFO Nordics',
  'CEO Nederland',
  'Group CEO',
  'Head of Finance',
  'Finance Director',
  'VP Product',
  'Direktør',
  'Økonomichef',
  'Head of Information Security',
  'Informationschef',
  'Investeringsdirektør (CIO)',
  'Chairman & CEO',
];
const titleArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...roleTitles) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'CTO'.repeat(4000), 'ﬁnance 👩‍💻 ÆØÅ') },
);
const rolesArb = fc.array(fc.constantFrom(...roleIds), { maxLength: 3 });

const positionArb: fc.Arbitrary<Position> = fc.record(
  {
    id: idArb,
    title: titleArb,
    roles: rolesArb,
    reportsTo: fc.oneof(
      { weight: 6, arbitrary: idArb },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    holder: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
    vacant: fc.boolean(),
    interim: fc.boolean(),
    scope: fc.constantFrom('company' as const, 'unit' as const),
    department: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: ['id', 'title'] },
);

const companyArb = fc.record(
  {
    name: fc.string({ maxLength: 10 }),
    headcount: fc.oneof(fc.nat(60), fc.nat(5000)),
    businessModel: fc.constantFrom('product' as const, 'enterprise' as const),
    sector: fc.constantFrom(...sectors),
  },
  { requiredKeys: [] },
);

/**
 * An executive team wired at random: each id is one position with its role's title, so the role
 * rules (who reports to whom) fire far more often than with random titles; plus a team of
 * engineers under one of them, for the span rules.
 */
const executives = [
  ['board', 'Board of Directors'],
  ['ceo', 'CEO'],
  ['cio', 'CIO'],
  ['cto', 'CTO'],
  ['vpe', 'VP Engineering'],
  ['it', 'Head of IT'],
  ['itm', 'IT Manager'],
  ['ciso', 'CISO'],
  ['cfo', 'CFO'],
  ['coo', 'COO'],
] as const;
const executiveIds = executives.map(([id]) => id);
const executiveTeamArb: fc.Arbitrary<Chart> = fc
  .record({
    company: companyArb,
    members: fc.uniqueArray(
      fc.record(
        {
          who: fc.constantFrom(...executives),
          reportsTo: fc.oneof(
            { weight: 3, arbitrary: fc.constant('ceo') },
            { weight: 4, arbitrary: fc.constantFrom(...executiveIds) },
            { weight: 1, arbitrary: fc.constant(null) },
          ),
          // The board and the CEO mostly sit at the top, so that chains below them reach one.
          topReportsTo: fc.oneof(
            { weight: 4, arbitrary: fc.constant(null) },
            { weight: 2, arbitrary: fc.constant('board') },
            { weight: 1, arbitrary: fc.constantFrom(...executiveIds) },
          ),
          interim: fc.boolean(),
          vacant: fc.boolean(),
        },
        { requiredKeys: ['who', 'reportsTo', 'topReportsTo'] },
      ),
      { maxLength: 10, selector: (member) => member.who[0] },
    ),
    team: fc.nat(16),
    teamManager: fc.constantFrom(...executiveIds),
  })
  .map(({ company, members, team, teamManager }) => ({
    company,
    positions: [
      ...members.map(({ who, reportsTo, topReportsTo, ...rest }) => ({
        id: who[0],
        title: who[1],
        reportsTo: who[0] === 'board' || who[0] === 'ceo' ? topReportsTo : reportsTo,
        ...rest,
      })),
      ...Array.from({ length: team }, (_, i) => ({
        id: `dev${i}`,
        title: 'Software Engineer',
        reportsTo: teamManager,
      })),
    ],
  }));

/** A chart that parses: every field has the right type, but anything may be wrong semantically. */
const chartArb: fc.Arbitrary<Chart> = fc.oneof(
  { weight: 3, arbitrary: executiveTeamArb },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        version: fc.constant(1 as const),
        company: companyArb,
        positions: fc.array(positionArb, { maxLength: 14 }),
        dottedLines: fc.array(fc.record({ from: idArb, to: idArb }), { maxLength: 4 }),
      },
      { requiredKeys: ['positions'] },
    ),
  },
  // Realistic charts: the shapes the role rules are written for, with findings of their own.
  {
    weight: 1,
    arbitrary: fc
      .record({ size: fc.nat(120), seed: fc.nat() })
      .map(({ size, seed }) => generateChart(size, { seed })),
  },
);

/** Anything a JavaScript caller might pass: exotic prototypes, boxed values, sparse arrays. */
const anyValueArb = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  maxDepth: 2,
});

/** A value shaped like a chart with any part of it possibly wrong: the near misses. */
const chartLikeArb: fc.Arbitrary<unknown> = fc
  .record({
    chart: chartArb,
    // Which part to break, and with what.
    target: fc.constantFrom('root', 'version', 'company', 'positions', 'position', 'field', 'line'),
    at: fc.nat(),
    field: fc.constantFrom('id', 'title', 'roles', 'reportsTo', 'holder', 'vacant', 'interim'),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      anyValueArb,
      fc.constantFrom('', 'x'.repeat(129), '😀'.repeat(100), '😀'.repeat(129), ['cio', 'ceo ']),
    ),
  })
  .map(({ chart, target, at, field, value }) => {
    const copy: Record<string, unknown> = structuredClone(chart);
    const positions = chart.positions.length === 0 ? [] : (copy.positions as unknown[]);
    const i = positions.length === 0 ? 0 : at % positions.length;
    if (target === 'root') return value;
    if (target === 'version' || target === 'company' || target === 'positions')
      copy[target] = value;
    else if (target === 'position') positions[i] = value;
    else if (target === 'field' && positions.length > 0) {
      (positions[i] as Record<string, unknown>)[field] = value;
    } else if (target === 'line') copy.dottedLines = [{ from: 'a', to: value as string }];
    return copy;
  });

/** JSON text with keys that JSON.parse turns into own properties named like Object's internals. */
const hostileJsonArb = fc.constantFrom(
  '{"positions":[{"id":"a","title":"CEO","__proto__":{"reportsTo":"b"}}]}',
  '{"__proto__":{"positions":[]},"positions":[]}',
  '{"positions":[{"id":"__proto__","title":"CEO"},{"id":"b","title":"CTO","reportsTo":"__proto__"}]}',
  '{"positions":[{"id":"constructor","title":"CIO","reportsTo":"toString"}],"dottedLines":[{"from":"constructor","to":"hasOwnProperty"}]}',
);

const patchOpArb: fc.Arbitrary<PatchOp> = fc.oneof(
  fc.record({
    op: fc.constant('setReportsTo' as const),
    positionId: idArb,
    reportsTo: fc.option(idArb, { nil: null }),
  }),
  fc.record({ op: fc.constant('setRoles' as const), positionId: idArb, roles: rolesArb }),
  fc.record({
    op: fc.constant('updatePosition' as const),
    positionId: idArb,
    changes: fc.record(
      {
        title: titleArb,
        holder: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
        vacant: fc.boolean(),
        interim: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ op: fc.constant('addPosition' as const), position: positionArb }),
  fc.record(
    {
      op: fc.constant('removePosition' as const),
      positionId: idArb,
      reassignTo: fc.option(idArb, { nil: null }),
    },
    { requiredKeys: ['op', 'positionId'] },
  ),
  fc.record(
    {
      op: fc.constant('mergePositions' as const),
      keepId: idArb,
      removeId: idArb,
      title: titleArb,
    },
    { requiredKeys: ['op', 'keepId', 'removeId'] },
  ),
  fc.record({ op: fc.constant('addDottedLine' as const), from: idArb, to: idArb }),
  fc.record({ op: fc.constant('removeDottedLine' as const), from: idArb, to: idArb }),
);

// ---------------------------------------------------------------------------------------------
// Helpers

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const categoryRank: Record<RuleCategory, number> = { structure: 0, roles: 1, shape: 2 };

function firstIndexById(chart: Chart): Map<string, number> {
  const first = new Map<string, number>();
  chart.positions.forEach((position, i) => {
    if (!first.has(position.id)) first.set(position.id, i);
  });
  return first;
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} [${finding.positionIds.join(', ')}]: ${finding.message}`;
}

// ---------------------------------------------------------------------------------------------
// parseChart

describe('parseChart', () => {
  it('never throws on JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseChart(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on chart-shaped values, however they are broken', () => {
    fc.assert(
      fc.property(fc.oneof(chartLikeArb, anyValueArb), (value) => {
        const result = parseChart(value);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  // parseChart answers valid charts without zod; this holds it to zod's verdict and output.
  it('agrees with the zod schema: same verdict, same chart, same issues', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          chartArb,
          chartLikeArb,
          hostileJsonArb.map((text) => JSON.parse(text)),
        ),
        (value) => {
          const ours = parseChart(value);
          const zods = chartSchema.safeParse(value);
          expect(ours.ok).toBe(zods.success);
          if (ours.ok && zods.success) expect(ours.chart).toEqual(zods.data);
          if (!ours.ok && !zods.success) expect(ours.issues).toEqual(toInputIssues(zods.error));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts every chart the arbitrary builds, so that the other properties test something', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        expect(parseChart(chart).ok).toBe(true);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// ChartAnalysis against a model written for clarity, not speed

describe('ChartAnalysis', () => {
  it('agrees with a naive model on managers, cycles, layers, ancestors, spans and roles', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const n = chart.positions.length;
        const analysis = new ChartAnalysis(chart);
        const first = firstIndexById(chart);
        const manager = chart.positions.map((position) => {
          if (position.reportsTo === undefined || position.reportsTo === null) return NO_MANAGER;
          return first.get(position.reportsTo) ?? UNKNOWN_MANAGER;
        });
        const inCycle = (i: number) => {
          let j = manager[i]!;
          for (let step = 0; step < n && j >= 0; step++, j = manager[j]!) if (j === i) return true;
          return false;
        };
        /** The positions above `i`, nearest first, up to and including the first cycle member. */
        const above = (i: number) => {
          const path: number[] = [];
          if (inCycle(i)) return path;
          for (let j = manager[i]!; j >= 0; j = manager[j]!) {
            path.push(j);
            if (inCycle(j)) break;
          }
          return path;
        };
        const layer = (i: number) => {
          const path = [i, ...above(i)];
          const top = path[path.length - 1]!;
          return inCycle(top) || manager[top] === UNKNOWN_MANAGER ? 0 : path.length;
        };

        // Roles as the title or the `roles` field name them (in an investment firm "CIO" is read
        // with care). Which of them a position holds for the rules depends on the chart around it
        // (scope-roles.ts, still being tuned), so the company-level roles are held below to the
        // rules that do not move: a unit holds none, nobody holds a role held above it, and so on.
        const named = chart.positions.map(
          (position) =>
            position.roles ?? inSector(recognizeTitle(position.title), analysis.sector).roles,
        );
        // Compared as one table per position (one expect per chart keeps the run fast).
        const indices = chart.positions.map((_, i) => i);
        const actual = indices.map((i) => ({
          manager: analysis.managerOf(i),
          inCycle: analysis.inCycle(i),
          layer: analysis.layerOf(i),
          reports: [...analysis.reportsOf(i)],
          span: analysis.spanOf(i),
          ancestors: indices.filter((a) => analysis.isAncestorOf(a, i)),
          indexOfId: analysis.indexOf(chart.positions[i]!.id),
          id: analysis.id(i),
          named: analysis.namedRolesOf(i),
          rank: analysis.rankOf(i),
          interim: analysis.isInterim(i),
          vacant: analysis.isVacant(i),
        }));
        const expected = indices.map((i) => {
          const position = chart.positions[i]!;
          const reports = indices.filter((j) => manager[j] === i);
          return {
            manager: manager[i],
            inCycle: inCycle(i),
            layer: layer(i),
            reports,
            span: reports.length,
            ancestors: [...above(i)].sort((a, b) => a - b),
            indexOfId: first.get(chart.positions[i]!.id),
            id: position.id,
            named: named[i],
            rank: Math.max(0, ...analysis.rolesOf(i).map((role) => getRole(role).rank)),
            interim: position.interim ?? recognizeTitle(position.title).interim,
            vacant: position.vacant === true,
          };
        });
        expect(actual).toEqual(expected);
        expect(analysis.tops).toEqual(manager.flatMap((m, i) => (m === NO_MANAGER ? [i] : [])));
        expect(analysis.layers).toBe(Math.max(0, ...chart.positions.map((_, i) => layer(i))));

        const groups = new Map<string, number[]>();
        chart.positions.forEach((position, i) => {
          groups.set(position.id, [...(groups.get(position.id) ?? []), i]);
        });
        const duplicates = [...groups].filter(([, indices]) => indices.length > 1);
        expect(new Map(duplicates)).toEqual(analysis.duplicateIds);

        for (const role of roleIds) {
          const holders = indices.filter((i) => analysis.rolesOf(i).includes(role));
          expect(analysis.holdersOf(role)).toEqual(holders);
        }

        // Company-level roles (what the rules see), against the rules of the scope model.
        const broken: string[] = [];
        for (const i of indices) {
          const position = chart.positions[i]!;
          const held = analysis.rolesOf(i);
          const scope = analysis.scopeOf(i);
          const m = manager[i]!;
          const say = (what: string) => broken.push(`${i} “${position.title}”: ${what}`);
          // A position holds only roles it names; a head of IT placed below an executive other
          // than the CEO holds the IT director's role instead of the CIO's.
          for (const role of held) {
            const namedIt = role === 'it-director' && named[i]!.includes('cio');
            if (!named[i]!.includes(role) && !namedIt) say(`holds ${role}, which it does not name`);
          }
          if (position.scope === 'unit' && scope !== 'unit') say('is stated to lead a unit');
          if (position.scope === 'company' && scope !== 'company')
            say('is stated to lead the company');
          if (scope === 'unit' && held.length > 0) say(`leads a unit, yet holds ${held}`);
          if (
            m >= 0 &&
            !inCycle(i) &&
            analysis.scopeOf(m) === 'unit' &&
            position.scope !== 'company' &&
            scope !== 'unit'
          ) {
            say('sits under a unit’s head, yet leads the company');
          }
          // The top of the chart leads the company whatever its title says; a head of a function
          // there yields only to a chief-level holder of its role elsewhere.
          if (m === NO_MANAGER && position.scope !== 'unit') {
            if (scope !== 'company') say('is a top, yet leads a unit');
            const headOf =
              position.roles === undefined ? recognizeTitle(position.title).headOf : [];
            for (const role of named[i]!) {
              if (!held.includes(role) && !headOf.includes(role)) say(`is a top, yet lost ${role}`);
            }
          }
          // Nobody holds a role (governance aside) that a position above it holds: a "CEO" under
          // the "Group CEO" heads a part of the company.
          for (const role of held) {
            if (role === 'board') continue;
            const above = indices.find(
              (a) => analysis.isAncestorOf(a, i) && analysis.rolesOf(a).includes(role),
            );
            if (above !== undefined) say(`holds ${role}, which ${above} above it holds too`);
          }
        }
        expect(broken).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// validate

describe('validate', () => {
  it('never throws, and names only positions that exist', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const ids = new Set(chart.positions.map((position) => position.id));
        for (const finding of validate(chart).findings) {
          for (const id of finding.positionIds) {
            expect(ids.has(id), `${describeFinding(finding)} names "${id}"`).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, also for a structured clone of the chart', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const report = validate(chart);
        expect(validate(chart)).toEqual(report);
        expect(validate(structuredClone(chart))).toEqual(report);
      }),
      { numRuns: 200 },
    );
  });

  it('counts its findings in the summary', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        const { findings, summary } = validate(chart);
        const count = (severity: Severity) =>
          findings.filter((f) => f.severity === severity).length;
        expect(summary).toEqual({
          errors: count('error'),
          warnings: count('warning'),
          infos: count('info'),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('sorts findings by severity, category, rank and layer of their primary position, then chart order', () => {
    const categoryOf = new Map(rules.map((rule) => [rule.id, categoryRank[rule.category]]));
    fc.assert(
      fc.property(chartArb, (chart) => {
        const { findings } = validate(chart);
        const analysis = new ChartAnalysis(chart);
        // With duplicate ids a finding's primary id does not say which of the positions it is.
        const order = chart.positions.length === new Set(chart.positions.map((p) => p.id)).size;
        const first = firstIndexById(chart);
        const key = (finding: Finding) => {
          const primary = finding.positionIds[0];
          const head = [severityRank[finding.severity], categoryOf.get(finding.ruleId)!];
          if (!order) return head;
          if (primary === undefined) return [...head, 0, 0, Number.MAX_SAFE_INTEGER];
          const index = first.get(primary)!;
          return [...head, -analysis.rankOf(index), analysis.layerOf(index), index];
        };
        for (let k = 1; k < findings.length; k++) {
          const a = key(findings[k - 1]!);
          const b = key(findings[k]!);
          const differ = a.findIndex((value, at) => value !== b[at]);
          expect(
            differ === -1 ? 0 : a[differ]! - b[differ]!,
            `${describeFinding(findings[k - 1]!)} before ${describeFinding(findings[k]!)}`,
          ).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers only suggestions that are valid patches and apply cleanly', () => {
    fc.assert(
      fc.property(chartArb, (chart) => {
        for (const finding of validate(chart).findings) {
          for (const suggestion of finding.suggestions) {
            const what = `${describeFinding(finding)} → "${suggestion.title}"`;
            expect(patchSchema.safeParse(suggestion.patch).success, what).toBe(true);
            let patched: Chart | undefined;
            expect(() => {
              patched = applyPatch(chart, suggestion.patch);
            }, what).not.toThrow();
            expect(parseChart(patched).ok, what).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
  // RuleTester proves this for each rule on hand-written charts; here on any chart. A finding is
  // still there when the same rule gives the same message about the same positions, at least as
  // severe (two dotted lines can give two findings about the same positions, so the message counts).
  // Duplicated positions can give identical findings, so their number must go down.
  it('offers only suggestions that change the chart and resolve their finding', () => {
    const alike = (finding: Finding) => (other: Finding) =>
      other.ruleId === finding.ruleId &&
      other.message === finding.message &&
      severityRank[other.severity] <= severityRank[finding.severity] &&
      JSON.stringify(other.positionIds) === JSON.stringify(finding.positionIds);
    fc.assert(
      fc.property(chartArb, (chart) => {
        const findings = validate(chart).findings;
        for (const finding of findings) {
          for (const suggestion of finding.suggestions) {
            const what = `${describeFinding(finding)} → "${suggestion.title}"`;
            const patched = applyPatch(chart, suggestion.patch);
            expect(JSON.stringify(patched), `${what} changes nothing`).not.toBe(
              JSON.stringify(chart),
            );
            const before = findings.filter(alike(finding)).length;
            const after = validate(patched).findings.filter(alike(finding)).length;
            expect(after, `${what} leaves the finding`).toBeLessThan(before);
          }
        }
      }),
      // Counterexamples this property found, kept so that they are always tried.
      {
        numRuns: 300,
        examples: [
          // The CEO shares its id with a position reporting to itself: "report to the CEO" is
          // a patch that points the position at itself again.
          [
            {
              positions: [
                { id: 'x', title: 'Manager', reportsTo: 'x' },
                { id: 'x', title: 'CEO' },
              ],
            },
          ],
          // The only top is stated to lead a unit: a new CTO placed under it sits in that unit
          // and holds no company-level role, so "add a CTO" must not be offered there.
          [
            {
              company: { businessModel: 'product' },
              positions: [{ id: 'ceo', title: 'CEO', scope: 'unit' }],
            },
          ],
        ],
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// applyPatch

describe('applyPatch', () => {
  it('never mutates its input, and either fails with a PatchError or returns a valid chart', () => {
    fc.assert(
      fc.property(
        chartArb,
        fc.array(patchOpArb, { minLength: 1, maxLength: 4 }),
        (chart, patch) => {
          const before = structuredClone(chart);
          // A frozen chart turns any write into a TypeError (modules are strict).
          deepFreeze(chart);
          try {
            const patched = applyPatch(chart, patch);
            expect(parseChart(patched).ok).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(PatchError);
          }
          expect(chart).toEqual(before);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Size: no recursion, no quadratic work

describe('a 100,000-deep chart', () => {
  const depth = 100_000;
  const chain = (reportsToOfTop: string | null): Chart => ({
    positions: Array.from({ length: depth }, (_, i) => ({
      id: `p${i}`,
      title: i === 0 ? 'CEO' : 'Manager',
      reportsTo: i === 0 ? reportsToOfTop : `p${i - 1}`,
    })),
  });

  it('validates a chain of managers without running out of stack', () => {
    const parsed = parseChart(chain(null));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = validate(parsed.chart);
    expect(report.metrics.layers).toBe(depth);
    expect(report.summary.errors).toBe(0);
  });

  it('reports a 100,000-position cycle once, and its suggestion breaks it', () => {
    const chart = chain(`p${depth - 1}`);
    const cycles = validate(chart).findings.filter((f) => f.ruleId === 'reporting-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.positionIds).toHaveLength(depth);
    const fixed = applyPatch(chart, cycles[0]!.suggestions[0]!.patch);
    expect(validate(fixed).findings.some((f) => f.ruleId === 'reporting-cycle')).toBe(false);
    expect(validate(fixed).metrics.layers).toBe(depth);
  });

  it('puts a chain under an unknown manager in layer 0, all the way down', () => {
    const report = validate(chain('nobody'));
    expect(report.metrics.layers).toBe(0);
    expect(report.findings.filter((f) => f.ruleId === 'unknown-manager')).toHaveLength(1);
  });
});
