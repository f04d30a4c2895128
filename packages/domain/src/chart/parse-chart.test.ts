import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roleIds } from '../roles/role-ids.js';
import { exampleChart } from './example-chart.js';
import type { InputIssue } from './input-issue.js';
import { parseChart } from './parse-chart.js';
import { chartSchema } from './schema.js';
import { sectors } from './sectors.js';

function issuesOf(input: unknown): InputIssue[] {
  const result = parseChart(input);
  if (result.ok) throw new Error(`expected issues, got a chart: ${JSON.stringify(result.chart)}`);
  return result.issues;
}

const valid = exampleChart;

describe('parseChart', () => {
  it('accepts the contract’s example as it is', () => {
    expect(parseChart(valid)).toEqual({ ok: true, chart: valid });
  });

  it('accepts the smallest chart, and nulls where the contract allows them', () => {
    expect(parseChart({ positions: [] })).toEqual({ ok: true, chart: { positions: [] } });
    const nulls = { positions: [{ id: 'a', title: '', reportsTo: null, holder: null }] };
    expect(parseChart(nulls)).toEqual({ ok: true, chart: nulls });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', '{"positions":[]}'],
    ['a boolean', true],
    ['an array', [{ id: 'a', title: 'A' }]],
    ['a function', () => ({ positions: [] })],
  ])('never throws, and explains what a chart is, for %s', (_, input) => {
    expect(issuesOf(input)).toEqual([
      { path: [], message: 'A chart must be a JSON object with a "positions" array' },
    ]);
  });

  it('says when positions are missing or are not an array', () => {
    expect(issuesOf({})).toEqual([
      { path: ['positions'], message: 'A chart needs a "positions" array' },
    ]);
    expect(issuesOf({ positions: 'x' })).toEqual([
      { path: ['positions'], message: '"positions" must be an array' },
    ]);
    expect(issuesOf({ positions: { ceo: { title: 'CEO' } } })).toEqual([
      { path: ['positions'], message: '"positions" must be an array' },
    ]);
  });

  it('explains an unknown role, a bad version and bad ids in plain words', () => {
    expect(issuesOf({ positions: [{ id: 'a', title: 'A', roles: ['cto', 'boss'] }] })).toEqual([
      {
        path: ['positions', 0, 'roles', 1],
        message: `Unknown role "boss"; expected one of ${roleIds.join(', ')}`,
      },
    ]);
    expect(issuesOf({ version: 2, positions: [] })).toEqual([
      { path: ['version'], message: 'Unsupported chart version 2; this Orgwise reads version 1' },
    ]);
    expect(issuesOf({ version: '1', positions: [] })).toEqual([
      { path: ['version'], message: 'Unsupported chart version "1"; this Orgwise reads version 1' },
    ]);
    expect(issuesOf({ positions: [{ id: 'x'.repeat(129), title: 'A' }] })).toEqual([
      { path: ['positions', 0, 'id'], message: 'Position id must be at most 128 characters' },
    ]);
    expect(issuesOf({ positions: [{ id: '', title: 'A' }] })).toEqual([
      { path: ['positions', 0, 'id'], message: 'Position id must not be empty' },
    ]);
    expect(issuesOf({ positions: [{ id: 7, title: 'A' }] })).toEqual([
      { path: ['positions', 0, 'id'], message: 'Position id must be a string' },
    ]);
    expect(issuesOf({ positions: [{ id: 'a' }] })).toEqual([
      { path: ['positions', 0, 'title'], message: 'Title must be a string' },
    ]);
  });

  it('accepts an id of exactly 128 characters, counting an emoji as one', () => {
    expect(parseChart({ positions: [{ id: 'x'.repeat(128), title: 'A' }] }).ok).toBe(true);
    // 100 emoji are 200 UTF-16 code units but 100 characters.
    const emoji = '🙂'.repeat(100);
    expect(parseChart({ positions: [{ id: emoji, title: 'A', reportsTo: emoji }] }).ok).toBe(true);
    expect(issuesOf({ positions: [{ id: '🙂'.repeat(129), title: 'A' }] })[0]!.path).toEqual([
      'positions',
      0,
      'id',
    ]);
  });

  it.each<[string, unknown, (string | number)[]]>([
    [
      'a position that is not an object',
      { positions: [{ id: 'a', title: 'A' }, 5] },
      ['positions', 1],
    ],
    [
      'a manager that is not a string',
      {
        positions: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
          { id: 'd', title: 'D', reportsTo: 3 },
        ],
      },
      ['positions', 3, 'reportsTo'],
    ],
    [
      'an empty manager id',
      { positions: [{ id: 'a', title: 'A', reportsTo: '' }] },
      ['positions', 0, 'reportsTo'],
    ],
    [
      'roles that are not a list',
      { positions: [{ id: 'a', title: 'A', roles: 'cto' }] },
      ['positions', 0, 'roles'],
    ],
    [
      'a holder that is a number',
      { positions: [{ id: 'a', title: 'A', holder: 5 }] },
      ['positions', 0, 'holder'],
    ],
    [
      'vacant as a string',
      { positions: [{ id: 'a', title: 'A', vacant: 'yes' }] },
      ['positions', 0, 'vacant'],
    ],
    [
      'interim as a number',
      { positions: [{ id: 'a', title: 'A', interim: 1 }] },
      ['positions', 0, 'interim'],
    ],
    ['a company that is a string', { company: 'Acme', positions: [] }, ['company']],
    [
      'a negative headcount',
      { company: { headcount: -1 }, positions: [] },
      ['company', 'headcount'],
    ],
    [
      'a fractional headcount',
      { company: { headcount: 4.5 }, positions: [] },
      ['company', 'headcount'],
    ],
    [
      'an unknown business model',
      { company: { businessModel: 'saas' }, positions: [] },
      ['company', 'businessModel'],
    ],
    ['dotted lines that are not a list', { positions: [], dottedLines: {} }, ['dottedLines']],
    [
      'a dotted line without its end',
      { positions: [], dottedLines: [{ from: 'a' }] },
      ['dottedLines', 0, 'to'],
    ],
    [
      'a dotted line that is null',
      { positions: [], dottedLines: [{ from: 'a', to: 'b' }, null] },
      ['dottedLines', 1],
    ],
  ])('points at the exact place of %s', (_, input, path) => {
    const issues = issuesOf(input);
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message.length).toBeGreaterThan(10);
  });

  it('names the headcount and the business model problems in plain words', () => {
    expect(issuesOf({ company: { headcount: -1, businessModel: 'saas' }, positions: [] })).toEqual([
      { path: ['company', 'headcount'], message: 'Headcount must not be negative' },
      {
        path: ['company', 'businessModel'],
        message: 'Unknown business model "saas"; expected "product" or "enterprise"',
      },
    ]);
  });

  it('names an unknown sector or scope and lists the ones it takes', () => {
    expect(
      issuesOf({
        company: { sector: 'banking' },
        positions: [{ id: 'a', title: 'CFO', scope: 'region' }],
      }),
    ).toEqual([
      {
        path: ['company', 'sector'],
        message: `Unknown sector "banking"; expected one of ${sectors.join(', ')}`,
      },
      {
        path: ['positions', 0, 'scope'],
        message: 'Unknown scope "region"; expected "company" or "unit"',
      },
    ]);
    const stated = {
      company: { sector: 'healthcare' },
      positions: [{ id: 'a', title: 'CFO', scope: 'unit' }],
    };
    // Well-formed, the chart is taken as it is, its new fields included.
    expect(parseChart(stated)).toEqual({ ok: true, chart: stated });
  });

  it('names the field and the value of a wrong type, never quoting a huge value whole', () => {
    const huge = 'y'.repeat(1_000_000);
    expect(
      issuesOf({
        company: 'Acme',
        positions: [5, { id: 'a', title: 'A', holder: 3, vacant: 'yes', interim: huge }],
        dottedLines: { from: 'a' },
      }),
    ).toEqual([
      { path: ['company'], message: '"company" must be an object, not "Acme"' },
      {
        path: ['positions', 0],
        message: 'A position must be an object with "id" and "title", not 5',
      },
      { path: ['positions', 1, 'holder'], message: 'Holder must be a string or null, not 3' },
      { path: ['positions', 1, 'vacant'], message: '"vacant" must be true or false, not "yes"' },
      {
        path: ['positions', 1, 'interim'],
        message: `"interim" must be true or false, not "${'y'.repeat(60)}…"`,
      },
      {
        path: ['dottedLines'],
        message: '"dottedLines" must be an array of { from, to } lines, not an object',
      },
    ]);
  });

  it('reports every malformed part at once', () => {
    const issues = issuesOf({
      version: 3,
      positions: [{ id: '', title: 'A' }, { id: 'b' }, { id: 'c', title: 'C', roles: ['x'] }],
      dottedLines: [{ from: 1, to: 'b' }],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ['version'],
      ['positions', 0, 'id'],
      ['positions', 1, 'title'],
      ['positions', 2, 'roles', 0],
      ['dottedLines', 0, 'from'],
    ]);
  });

  it('keeps unknown fields everywhere, so that a chart survives a round trip', () => {
    const chart = {
      positions: [{ id: 'a', title: 'A', costCentre: 'F-100', tags: ['x'] }],
      dottedLines: [{ from: 'a', to: 'a', note: 'project' }],
      company: { name: 'Acme', cvr: '12345678' },
      generatedBy: 'HR system',
    };
    expect(parseChart(chart)).toEqual({ ok: true, chart });
    // The same through the full schema check (the emoji id is one the quick check leaves to zod).
    const slow = {
      ...chart,
      positions: [...chart.positions, { id: '🙂'.repeat(100), title: 'B', grade: 7 }],
    };
    expect(parseChart(slow)).toEqual({ ok: true, chart: slow });
  });

  it('does not let __proto__ or constructor keys pollute prototypes', () => {
    const input = JSON.parse(
      '{"positions":[{"id":"a","title":"A","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}],' +
        '"company":{"__proto__":{"polluted":1}},"dottedLines":[{"from":"a","to":"b","__proto__":{"polluted":1}}],' +
        '"__proto__":{"polluted":1}}',
    );
    const result = parseChart(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { chart } = result;
    for (const object of [chart, chart.company, chart.positions[0], chart.dottedLines?.[0]]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
    // An ordinary field named constructor is data like any other.
    expect(chart.positions[0]?.constructor).toEqual({ prototype: { polluted: 1 } });
  });

  it('does not throw on a chart that refers to itself', () => {
    const input: Record<string, unknown> = { positions: [{ id: 'a', title: 'A' }] };
    input.self = input;
    expect(parseChart(input).ok).toBe(true);
  });

  describe('agrees with the zod schema on any input', () => {
    // Near-valid charts find the edges: each part is valid most of the time and damaged now and
    // then, so that about half the charts are valid. fc.anything finds the odd shapes.
    const damage = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.constantFrom('', 'boss', 'x'.repeat(129), '🙂'.repeat(129)),
      fc.array(fc.constantFrom('cto', 'boss'), { maxLength: 2 }),
      fc.object({ maxDepth: 1, maxKeys: 2 }),
    );
    const mostly = <T>(arbitrary: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary, weight: 30 }, { arbitrary: damage, weight: 1 });
    const id = fc.oneof(
      fc.string({ minLength: 1, maxLength: 3 }),
      fc.constantFrom('x'.repeat(128), '🙂'.repeat(64), '🙂'.repeat(100)),
    );
    const position = fc.record(
      {
        id: mostly(id),
        title: mostly(fc.string({ maxLength: 5 })),
        roles: mostly(fc.array(fc.constantFrom(...roleIds), { maxLength: 3 })),
        reportsTo: mostly(fc.option(id)),
        holder: mostly(fc.option(fc.string({ maxLength: 3 }))),
        vacant: mostly(fc.boolean()),
        interim: mostly(fc.boolean()),
        extra: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: ['id', 'title'] },
    );
    const chart = fc.record(
      {
        version: mostly(fc.constant(1)),
        company: mostly(
          fc.record(
            {
              name: mostly(fc.string({ maxLength: 3 })),
              headcount: mostly(fc.nat()),
              businessModel: mostly(fc.constantFrom('product', 'enterprise')),
            },
            { requiredKeys: [] },
          ),
        ),
        positions: mostly(fc.array(mostly(position), { maxLength: 4 })),
        dottedLines: mostly(fc.array(mostly(fc.record({ from: id, to: id })), { maxLength: 2 })),
      },
      { requiredKeys: ['positions'] },
    );

    it.each([
      ['near-valid charts', chart],
      ['any value', fc.anything()],
    ])('%s', (_, arbitrary) => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const expected = chartSchema.safeParse(input);
          const actual = parseChart(input);
          expect(actual.ok).toBe(expected.success);
          if (actual.ok && expected.success) expect(actual.chart).toEqual(expected.data);
          if (!actual.ok) {
            expect(actual.issues.length).toBeGreaterThan(0);
            for (const issue of actual.issues) {
              expect(issue.message).toMatch(/\S/);
              for (const key of issue.path) expect(['string', 'number']).toContain(typeof key);
            }
          }
        }),
        { numRuns: 2000 },
      );
    });
  });
});
