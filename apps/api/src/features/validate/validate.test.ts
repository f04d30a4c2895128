import { exampleChart, validationReportSchema } from '@orgwise/contract';
import { generateChart } from '@orgwise/domain/testing';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

const { app } = testApp();

function post(body: unknown) {
  return request(app)
    .post('/api/v1/validate')
    .send(body as object);
}

describe('POST /api/v1/validate', () => {
  test('answers a chart with a report of the contract’s shape', async () => {
    const res = await post({ chart: exampleChart });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const report = validationReportSchema.parse(res.body);
    expect(report.metrics).toMatchObject({ positions: 4, layers: 3, vacancies: 1, interim: 1 });
    const { summary, findings } = report;
    expect(summary.errors + summary.warnings + summary.infos).toBe(findings.length);
  });

  test('answers a broken chart with 200 and findings: findings are not errors', async () => {
    const chart = {
      positions: [
        { id: 'a', title: 'CEO', reportsTo: 'b' },
        { id: 'b', title: 'CFO', reportsTo: 'a' },
        { id: 'c', title: 'Analyst', reportsTo: 'ghost' },
      ],
    };
    const res = await post({ chart });
    expect(res.status).toBe(200);
    const ruleIds = res.body.findings.map((finding: { ruleId: string }) => finding.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['reporting-cycle', 'unknown-manager']));
    expect(res.body.summary.errors).toBeGreaterThanOrEqual(2);
    expect(res.body.findings[0].severity).toBe('error');
  });

  test('applies rule settings: levels, options and "off"', async () => {
    const chart = {
      positions: [
        { id: 'boss', title: 'Team lead' },
        ...['a', 'b', 'c'].map((id) => ({ id, title: 'Engineer', reportsTo: 'boss' })),
        { id: 'x', title: 'Analyst', reportsTo: 'nobody' },
      ],
    };
    const defaults = await post({ chart });
    const byRule = (body: { findings: { ruleId: string; severity: string }[] }, id: string) =>
      body.findings.filter((finding) => finding.ruleId === id);
    expect(byRule(defaults.body, 'span-of-control')).toEqual([]);
    expect(byRule(defaults.body, 'unknown-manager')).toHaveLength(1);

    const configured = await post({
      chart,
      // Three engineers who lead nobody are a frontline team: `frontlineMax` is their limit.
      rules: { 'span-of-control': ['info', { frontlineMax: 2 }], 'unknown-manager': 'off' },
    });
    expect(configured.status).toBe(200);
    expect(byRule(configured.body, 'span-of-control')).toMatchObject([{ severity: 'info' }]);
    expect(byRule(configured.body, 'unknown-manager')).toEqual([]);
  });

  test('answers a malformed chart with 400 and every issue under "chart"', async () => {
    const res = await post({
      chart: {
        positions: [
          { id: '', title: 3 },
          { title: 'No id', roles: ['wizard'] },
        ],
      },
    });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: ['chart', 'positions', 0, 'id'], message: 'Position id must not be empty' },
        { path: ['chart', 'positions', 0, 'title'], message: 'Title must be a string' },
        expect.objectContaining({ path: ['chart', 'positions', 1, 'id'] }),
        expect.objectContaining({
          path: ['chart', 'positions', 1, 'roles', 0],
          message: expect.stringMatching(/Unknown role "wizard"/),
        }),
      ]),
    );
  });

  test('answers bad rule settings with 400 and issues under "rules"', async () => {
    const res = await post({
      chart: exampleChart,
      rules: {
        'no-such-rule': 'warning',
        'span-of-control': ['warning', { max: 0 }],
        'narrow-span': 'loud',
        'reporting-cycle': ['error', { depth: 3 }],
      },
    });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    const paths = problem.errors!.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['rules', 'no-such-rule'],
        ['rules', 'span-of-control', 1, 'max'],
        ['rules', 'narrow-span'],
        ['rules', 'reporting-cycle', 1],
      ]),
    );
    expect(problem.errors).toContainEqual({
      path: ['rules', 'no-such-rule'],
      message: 'Unknown rule "no-such-rule"',
    });
  });

  test('reports a chart error and a rules error together', async () => {
    const res = await post({ chart: { positions: 'none' }, rules: { 'no-such-rule': 'off' } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toEqual([
      ['chart', 'positions'],
      ['rules', 'no-such-rule'],
    ]);
  });

  test('refuses unknown members so that a typo is not silently ignored', async () => {
    const res = await post({ chart: exampleChart, rule: { 'narrow-span': 'off' } });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: ['rule'], message: 'Unknown member; the body takes "chart", "rules"' },
    ]);
  });

  test('answers a request without a body with 400 saying what to send', async () => {
    const res = await request(app).post('/api/v1/validate');
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors).toEqual([
      { path: [], message: 'The request body must be a JSON object with "chart", "rules"' },
    ]);
  });

  test('refuses a chart over the position limit with 413 naming the limit', async () => {
    const { app: small } = testApp({ maxPositions: 50 });
    const ok = await request(small)
      .post('/api/v1/validate')
      .send({ chart: generateChart(50) });
    expect(ok.status).toBe(200);
    const res = await request(small)
      .post('/api/v1/validate')
      .send({ chart: generateChart(51) });
    const problem = expectProblem(res, 413, '/api/problems/too-many-positions');
    expect(problem.limit).toBe(50);
    expect(problem.detail).toBe('The chart has 51 positions; this server accepts at most 50.');
    expect(problem.errors).toEqual([
      { path: ['chart', 'positions'], message: 'At most 50 positions are allowed' },
    ]);
  });

  test('validates a 10,000-position chart', async () => {
    const res = await post({ chart: generateChart(10_000) });
    expect(res.status).toBe(200);
    expect(res.body.metrics.positions).toBe(10_000);
  });
});
