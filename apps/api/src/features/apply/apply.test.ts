import { applyResponseSchema, exampleChart, examplePatch } from '@orgwise/contract';
import type { Chart, Finding } from '@orgwise/domain';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

const { app } = testApp();

function post(body: unknown) {
  return request(app)
    .post('/api/v1/apply')
    .send(body as object);
}

describe('POST /api/v1/apply', () => {
  test('applies a patch and answers the new chart with its report', async () => {
    const res = await post({ chart: exampleChart, patch: examplePatch });
    expect(res.status).toBe(200);
    const { chart, report } = applyResponseSchema.parse(res.body);
    expect(chart.positions.map((position) => position.id)).toEqual(['ceo', 'cto', 'it']);
    expect(chart.positions[1]).toMatchObject({ id: 'cto', title: 'CTO & CIO' });
    // The CIO's team follows the merge.
    expect(chart.positions[2]).toMatchObject({ id: 'it', reportsTo: 'cto' });
    expect(report.metrics.positions).toBe(3);
  });

  test('applying a finding’s suggestion makes the finding disappear', async () => {
    const chart: Chart = {
      positions: [
        { id: 'ceo', title: 'CEO' },
        { id: 'cfo', title: 'CFO', reportsTo: 'CEO ' },
      ],
    };
    const validated = await request(app).post('/api/v1/validate').send({ chart });
    const finding = (validated.body.findings as Finding[]).find(
      (candidate) => candidate.ruleId === 'unknown-manager',
    );
    expect(finding?.suggestions.length).toBeGreaterThan(0);

    const res = await post({ chart, patch: finding!.suggestions[0]!.patch });
    expect(res.status).toBe(200);
    expect(res.body.chart.positions[1].reportsTo).toBe('ceo');
    const ruleIds = res.body.report.findings.map((f: Finding) => f.ruleId);
    expect(ruleIds).not.toContain('unknown-manager');
  });

  test('keeps unknown fields of the chart and its positions (round trip)', async () => {
    const chart = {
      positions: [{ id: 'ceo', title: 'CEO', costCentre: 'CC-100', tags: ['exec'] }],
      source: { system: 'HR', exportedAt: '2025-01-31' },
    };
    const res = await post({ chart, patch: [] });
    expect(res.status).toBe(200);
    expect(res.body.chart).toEqual(chart);
  });

  test('applies rule settings to the report', async () => {
    const res = await post({
      chart: { positions: [{ id: 'a', title: 'Analyst', reportsTo: 'nobody' }] },
      patch: [],
      rules: { 'unknown-manager': 'off' },
    });
    expect(res.status).toBe(200);
    expect(res.body.report.findings.map((f: Finding) => f.ruleId)).not.toContain('unknown-manager');
  });

  test('answers an operation that cannot apply with 422 naming the operation and field', async () => {
    const res = await post({
      chart: exampleChart,
      patch: [
        { op: 'setRoles', positionId: 'cto', roles: ['cto'] },
        { op: 'setReportsTo', positionId: 'cio', reportsTo: 'nobody' },
      ],
    });
    const problem = expectProblem(res, 422, '/api/problems/patch-conflict');
    expect(problem.errors).toEqual([
      { path: ['patch', 1, 'reportsTo'], message: expect.stringContaining('"nobody"') },
    ]);
  });

  test('answers a malformed patch with 400 and issues under "patch"', async () => {
    const res = await post({
      chart: exampleChart,
      patch: [
        { op: 'teleport', positionId: 'cto' },
        { op: 'setReportsTo', positionId: 'cto' },
        { op: 'updatePosition', positionId: 'cto', changes: { salary: 1 } },
      ],
    });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    const paths = problem.errors!.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['patch', 0, 'op'],
        ['patch', 1, 'reportsTo'],
        ['patch', 2, 'changes', 'salary'],
      ]),
    );
  });

  test('requires a patch', async () => {
    const res = await post({ chart: exampleChart });
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toEqual([['patch']]);
  });

  test('refuses a patch that would take the chart over the position limit', async () => {
    const { app: small } = testApp({ maxPositions: 4 });
    const res = await request(small)
      .post('/api/v1/apply')
      .send({
        chart: exampleChart,
        patch: [{ op: 'addPosition', position: { id: 'cfo', title: 'CFO', reportsTo: 'ceo' } }],
      });
    const problem = expectProblem(res, 413, '/api/problems/too-many-positions');
    expect(problem.errors).toEqual([
      { path: ['patch'], message: 'At most 4 positions are allowed' },
    ]);
    expect(problem.detail).toBe(
      'The patched chart has 5 positions; this server accepts at most 4.',
    );
  });
});
