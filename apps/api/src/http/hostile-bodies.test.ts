import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { afterAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { testApp } from '../testing/test-app.js';

// Bodies a hostile or broken client might send. Each must get the right 4xx problem document,
// leave Object.prototype alone, and leave the server healthy.

const { app } = testApp();

function postRaw(path: string, body: string) {
  return request(app).post(path).set('Content-Type', 'application/json').send(body);
}

function nested(depth: number, leaf = '1'): string {
  return `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;
}

afterAll(async () => {
  // After everything below, the same app still answers normally.
  expect((await request(app).get('/api/health')).status).toBe(200);
  const res = await request(app).post('/api/v1/validate').send({ chart: exampleChart });
  expect(res.status).toBe(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('deeply nested JSON', () => {
  test.each([
    ['a top-level array 100,000 deep', nested(100_000)],
    [
      'an unknown field of a position 10,000 deep',
      `{"chart": {"positions": [{"id": "a", "title": "A", "extra": ${nested(10_000)}}]}}`,
    ],
    ['objects 5,000 deep', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`],
  ])('%s is a 400 invalid-json problem', async (_name, body) => {
    for (const path of ['/api/v1/validate', '/api/v1/apply']) {
      const problem = expectProblem(await postRaw(path, body), 400, '/api/problems/invalid-json');
      expect(problem.detail).toBe(
        'The JSON is nested deeper than 64 levels of arrays and objects.',
      );
    }
  });

  test('nesting up to the limit is accepted and echoed by apply', async () => {
    // The body itself is 4 levels deep at the position; 60 more stays within 64.
    const extra = JSON.parse(nested(59, '"leaf"'));
    const chart = { positions: [{ id: 'a', title: 'A', extra }] };
    const res = await request(app).post('/api/v1/apply').send({ chart, patch: [] });
    expect(res.status).toBe(200);
    expect(res.body.chart).toEqual(chart);
  });
});

describe('huge bodies and strings', () => {
  test('a 50 MB body is a 413 problem', async () => {
    const body = `{"chart": {"positions": [], "padding": "${'x'.repeat(50 * 1024 * 1024)}"}}`;
    const problem = expectProblem(await postRaw('/api/v1/validate', body), 413);
    expect(problem.detail).toBe('The request body is larger than the limit of 10 MB.');
  });

  test('a 10 MB string is a 413 problem under the default 10 MB limit', async () => {
    const body = JSON.stringify({
      chart: { positions: [{ id: 'a', title: 'x'.repeat(10 * 1024 * 1024) }] },
    });
    expectProblem(await postRaw('/api/v1/validate', body), 413);
  });

  test('a 9 MB id is a 400 whose message does not repeat it', async () => {
    const body = JSON.stringify({
      chart: { positions: [{ id: 'x'.repeat(9 * 1024 * 1024), title: 'A' }] },
    });
    const res = await postRaw('/api/v1/validate', body);
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      {
        path: ['chart', 'positions', 0, 'id'],
        message: 'Position id must be at most 128 characters',
      },
    ]);
    expect(res.text.length).toBeLessThan(2000);
  });

  test('a 9 MB role is a 400 whose message is cut to a readable length', async () => {
    const body = JSON.stringify({
      chart: { positions: [{ id: 'a', title: 'A', roles: ['x'.repeat(9 * 1024 * 1024)] }] },
    });
    const res = await postRaw('/api/v1/validate', body);
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors![0]!.path).toEqual(['chart', 'positions', 0, 'roles', 0]);
    expect(problem.errors![0]!.message.length).toBeLessThanOrEqual(500);
    expect(res.text.length).toBeLessThan(2000);
  });

  test('a 9 MB title is data: the chart validates', async () => {
    const chart = { positions: [{ id: 'a', title: 'x'.repeat(9 * 1024 * 1024) }] };
    const res = await request(app).post('/api/v1/validate').send({ chart });
    expect(res.status).toBe(200);
  });

  test('a chart with 50,000 malformed positions lists the first 100 errors and the total', async () => {
    const positions = Array.from({ length: 50_000 }, () => ({ id: 7, title: 'A' }));
    const res = await request(app).post('/api/v1/validate').send({ chart: { positions } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toHaveLength(100);
    expect(problem.errorCount).toBe(50_000);
  });
});

describe('__proto__ and constructor keys', () => {
  test.each([
    ['at the top', '{"__proto__": {"polluted": true}, "chart": {"positions": []}}', ['__proto__']],
    [
      'in the chart',
      '{"chart": {"positions": [], "__proto__": {"polluted": true}}}',
      ['chart', '__proto__'],
    ],
    [
      'in a position',
      '{"chart": {"positions": [{"id": "a", "title": "A", "__proto__": {"reportsTo": "b", "polluted": true}}]}}',
      ['chart', 'positions', 0, '__proto__'],
    ],
    [
      'in rule settings',
      '{"chart": {"positions": []}, "rules": {"__proto__": {"polluted": true}}}',
      ['rules', '__proto__'],
    ],
    [
      'written with escapes',
      '{"chart": {"positions": [], "\\u005f_proto__": {"polluted": true}}}',
      ['chart', '__proto__'],
    ],
  ])('a __proto__ key %s is a 400 naming its path', async (_name, body, path) => {
    for (const endpoint of ['/api/v1/validate', '/api/v1/apply']) {
      const problem = expectProblem(
        await postRaw(endpoint, body),
        400,
        '/api/problems/invalid-request',
      );
      expect(problem.errors).toEqual([{ path, message: expect.stringContaining('__proto__') }]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a "constructor" member of the request is refused like any unknown member', async () => {
    const body = '{"chart": {"positions": []}, "constructor": {"prototype": {"polluted": true}}}';
    const problem = expectProblem(
      await postRaw('/api/v1/validate', body),
      400,
      '/api/problems/invalid-request',
    );
    expect(problem.errors).toEqual([
      { path: ['constructor'], message: expect.stringContaining('Unknown member') },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('"constructor" and "prototype" inside a chart are plain data and round-trip', async () => {
    const chart = {
      positions: <Record<string, unknown>[]>[
        {
          id: 'constructor',
          title: 'CEO',
          constructor: { prototype: { polluted: true } },
        },
        { id: 'hasOwnProperty', title: 'CFO', reportsTo: 'constructor' },
        { id: 'toString', title: 'CTO', reportsTo: 'valueOf' },
        { id: 'valueOf', title: 'CIO', reportsTo: 'toString' },
      ],
      prototype: { polluted: true },
    };
    const res = await request(app).post('/api/v1/apply').send({ chart, patch: [] });
    expect(res.status).toBe(200);
    expect(res.body.chart).toEqual(chart);
    const ruleIds = res.body.report.findings.map((finding: { ruleId: string }) => finding.ruleId);
    // toString and valueOf report to each other: a cycle, found like with any other ids.
    expect(ruleIds).toContain('reporting-cycle');
    expect(ruleIds).not.toContain('unknown-manager');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('rule ids named after Object.prototype members are unknown rules', async () => {
    const res = await request(app)
      .post('/api/v1/validate')
      .send({ chart: { positions: [] }, rules: { constructor: 'off', toString: 'error' } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: ['rules', 'constructor'], message: 'Unknown rule "constructor"' },
      { path: ['rules', 'toString'], message: 'Unknown rule "toString"' },
    ]);
  });
});

describe('wrong types at every level', () => {
  const position = { id: 'a', title: 'A' };
  const chartWith = (changes: Record<string, unknown>) => ({ positions: [position], ...changes });
  const positionWith = (changes: Record<string, unknown>) => ({
    positions: [{ ...position, ...changes }],
  });

  test.each<[string, unknown, (string | number)[]]>([
    ['the body is null', null, []],
    ['the body is a string', 'chart', []],
    ['the body is an array', [{ chart: {} }], []],
    ['chart is missing', { rules: {} }, ['chart']],
    ['chart is null', { chart: null }, ['chart']],
    ['chart is an array', { chart: [position] }, ['chart']],
    ['chart is a string', { chart: '{"positions": []}' }, ['chart']],
    ['positions is missing', { chart: {} }, ['chart', 'positions']],
    ['positions is an object', { chart: { positions: { a: position } } }, ['chart', 'positions']],
    ['a position is a string', { chart: { positions: ['a'] } }, ['chart', 'positions', 0]],
    ['a position is null', { chart: { positions: [null] } }, ['chart', 'positions', 0]],
    ['id is a number', { chart: positionWith({ id: 1 }) }, ['chart', 'positions', 0, 'id']],
    ['id is empty', { chart: positionWith({ id: '' }) }, ['chart', 'positions', 0, 'id']],
    ['title is null', { chart: positionWith({ title: null }) }, ['chart', 'positions', 0, 'title']],
    [
      'roles is a string',
      { chart: positionWith({ roles: 'cto' }) },
      ['chart', 'positions', 0, 'roles'],
    ],
    [
      'a role is a number',
      { chart: positionWith({ roles: [3] }) },
      ['chart', 'positions', 0, 'roles', 0],
    ],
    [
      'a role is unknown',
      { chart: positionWith({ roles: ['wizard'] }) },
      ['chart', 'positions', 0, 'roles', 0],
    ],
    [
      'reportsTo is an object',
      { chart: positionWith({ reportsTo: {} }) },
      ['chart', 'positions', 0, 'reportsTo'],
    ],
    [
      'holder is a number',
      { chart: positionWith({ holder: 42 }) },
      ['chart', 'positions', 0, 'holder'],
    ],
    [
      'vacant is a string',
      { chart: positionWith({ vacant: 'yes' }) },
      ['chart', 'positions', 0, 'vacant'],
    ],
    [
      'interim is a number',
      { chart: positionWith({ interim: 1 }) },
      ['chart', 'positions', 0, 'interim'],
    ],
    ['version is 2', { chart: chartWith({ version: 2 }) }, ['chart', 'version']],
    ['company is a string', { chart: chartWith({ company: 'Acme' }) }, ['chart', 'company']],
    [
      'headcount is negative',
      { chart: chartWith({ company: { headcount: -1 } }) },
      ['chart', 'company', 'headcount'],
    ],
    [
      'headcount is a string',
      { chart: chartWith({ company: { headcount: '40' } }) },
      ['chart', 'company', 'headcount'],
    ],
    [
      'businessModel is unknown',
      { chart: chartWith({ company: { businessModel: 'b2b' } }) },
      ['chart', 'company', 'businessModel'],
    ],
    [
      'dottedLines is an object',
      { chart: chartWith({ dottedLines: {} }) },
      ['chart', 'dottedLines'],
    ],
    [
      'a dotted line has a number',
      { chart: chartWith({ dottedLines: [{ from: 1, to: 'a' }] }) },
      ['chart', 'dottedLines', 0, 'from'],
    ],
    ['rules is an array', { chart: chartWith({}), rules: ['span-of-control'] }, ['rules']],
    ['rules is a string', { chart: chartWith({}), rules: 'all' }, ['rules']],
    [
      'a rule is unknown',
      { chart: chartWith({}), rules: { 'no-such-rule': 'error' } },
      ['rules', 'no-such-rule'],
    ],
    [
      'a level is unknown',
      { chart: chartWith({}), rules: { 'narrow-span': 'fatal' } },
      ['rules', 'narrow-span'],
    ],
    [
      'a level is a number',
      { chart: chartWith({}), rules: { 'narrow-span': 2 } },
      ['rules', 'narrow-span'],
    ],
    [
      'a setting is empty',
      { chart: chartWith({}), rules: { 'narrow-span': [] } },
      ['rules', 'narrow-span'],
    ],
    [
      'a setting is too long',
      { chart: chartWith({}), rules: { 'span-of-control': ['warning', { max: 3 }, 1] } },
      ['rules', 'span-of-control'],
    ],
    [
      'an option has the wrong type',
      { chart: chartWith({}), rules: { 'span-of-control': ['warning', { max: 'eight' }] } },
      ['rules', 'span-of-control', 1, 'max'],
    ],
    [
      'an option is unknown',
      { chart: chartWith({}), rules: { 'span-of-control': ['warning', { min: 3 }] } },
      ['rules', 'span-of-control', 1],
    ],
    [
      'options for a rule that takes none',
      { chart: chartWith({}), rules: { 'reporting-cycle': ['error', {}] } },
      ['rules', 'reporting-cycle', 1],
    ],
    [
      'options are a string',
      { chart: chartWith({}), rules: { 'span-of-control': ['warning', '8'] } },
      ['rules', 'span-of-control', 1],
    ],
  ])('validate: %s → 400 at that path', async (_name, body, path) => {
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
    for (const issue of problem.errors!) expect(issue.message).not.toBe('');
  });

  test.each<[string, unknown, (string | number)[]]>([
    ['patch is missing', {}, ['patch']],
    ['patch is an object', { patch: { op: 'setRoles' } }, ['patch']],
    ['an operation is a string', { patch: ['setRoles'] }, ['patch', 0]],
    ['an operation has no op', { patch: [{ positionId: 'a' }] }, ['patch', 0, 'op']],
    ['an op is unknown', { patch: [{ op: 'teleport' }] }, ['patch', 0, 'op']],
    [
      'a field is missing',
      { patch: [{ op: 'setReportsTo', positionId: 'a' }] },
      ['patch', 0, 'reportsTo'],
    ],
    [
      'a field has the wrong type',
      { patch: [{ op: 'setRoles', positionId: 'a', roles: 'cto' }] },
      ['patch', 0, 'roles'],
    ],
    [
      'a change is unknown',
      { patch: [{ op: 'updatePosition', positionId: 'a', changes: { salary: 1 } }] },
      ['patch', 0, 'changes', 'salary'],
    ],
    [
      'an added position is malformed',
      { patch: [{ op: 'addPosition', position: { id: 'b' } }] },
      ['patch', 0, 'position', 'title'],
    ],
  ])('apply: %s → 400 at that path', async (_name, changes, path) => {
    const res = await request(app)
      .post('/api/v1/apply')
      .send({ chart: { positions: [{ id: 'a', title: 'A' }] }, ...(changes as object) });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
  });
});
