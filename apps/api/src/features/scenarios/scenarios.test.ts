import { exampleChart, scenarioListSchema, scenarioSchema } from '@orgwise/contract';
import { type Chart, validate } from '@orgwise/domain';
import { generateChart } from '@orgwise/domain/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

const ghost = 'GGGGGGGGGGGGGGGGGGGGGG';

describe.each(testBackends())('scenarios on $name', (backend) => {
  let saved: SavedApp;
  beforeAll(async () => {
    saved = await savedApp(backend);
  });
  afterAll(() => saved.dispose());

  const scenarios = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/scenarios`;
  const scenarioUrl = (workspaceId: string, scenarioId: string) =>
    `${scenarios(workspaceId)}/${scenarioId}`;

  describe('POST …/scenarios', () => {
    test('from a chart: 201 with Location, ETag "1" and the chart as sent', async () => {
      const workspace = await postWorkspace(saved.app);
      const res = await request(saved.app)
        .post(scenarios(workspace.id))
        .send({ name: 'Current', description: 'As of today', chart: exampleChart });
      expect(res.status).toBe(201);
      const scenario = scenarioSchema.parse(res.body);
      expect(scenario).toMatchObject({
        workspaceId: workspace.id,
        name: 'Current',
        description: 'As of today',
        derivedFrom: null,
        chart: exampleChart,
        version: 1,
      });
      expect(scenario.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(res.headers.location).toBe(scenarioUrl(workspace.id, scenario.id));
      expect(res.headers.etag).toBe('"1"');
    });

    test('empty, with default name', async () => {
      const workspace = await postWorkspace(saved.app);
      const scenario = await postScenario(saved.app, workspace.id);
      expect(scenario).toMatchObject({
        name: 'Untitled scenario',
        chart: { version: 1, positions: [] },
      });
    });

    test('unknown fields inside the chart are kept', async () => {
      const workspace = await postWorkspace(saved.app);
      const chart = {
        positions: [{ id: 'a', title: 'CEO', costCentre: 'CC-1', tags: ['x', { y: 1 }] }],
        layout: { zoom: 1.5 },
      };
      const created = await postScenario(saved.app, workspace.id, { chart });
      const read = await request(saved.app).get(scenarioUrl(workspace.id, created.id));
      expect(read.body.chart).toEqual(chart);
    });

    test('by duplicating another scenario (its current or an earlier revision)', async () => {
      const workspace = await postWorkspace(saved.app);
      const original = await postScenario(saved.app, workspace.id, {
        name: 'Current',
        chart: exampleChart,
      });
      const changed = await request(saved.app)
        .patch(scenarioUrl(workspace.id, original.id))
        .set('If-Match', '"1"')
        .send({ chart: { positions: [{ id: 'ceo', title: 'CEO' }] } });
      expect(changed.status).toBe(200);

      const copy = await postScenario(saved.app, workspace.id, { duplicateOf: original.id });
      expect(copy).toMatchObject({
        name: 'Copy of Current',
        derivedFrom: original.id,
        chart: { positions: [{ id: 'ceo', title: 'CEO' }] },
        version: 1,
      });
      const older = await postScenario(saved.app, workspace.id, {
        name: 'Option A: split CIO and CTO',
        duplicateOf: original.id,
        version: 1,
      });
      expect(older).toMatchObject({ name: 'Option A: split CIO and CTO', chart: exampleChart });
    });

    test('naming a scenario or revision the workspace does not have is a 422', async () => {
      const workspace = await postWorkspace(saved.app);
      const other = await postWorkspace(saved.app);
      const elsewhere = await postScenario(saved.app, other.id);
      const original = await postScenario(saved.app, workspace.id);
      for (const [body, path] of [
        [{ duplicateOf: ghost }, 'duplicateOf'],
        [{ duplicateOf: elsewhere.id }, 'duplicateOf'],
        [{ duplicateOf: original.id, version: 9 }, 'version'],
        [{ derivedFrom: elsewhere.id }, 'derivedFrom'],
      ] as const) {
        const res = await request(saved.app).post(scenarios(workspace.id)).send(body);
        const problem = expectProblem(res, 422, '/api/problems/unknown-reference');
        const message = path === 'version' ? 'No such revision' : 'Not in this workspace';
        expect(problem.errors).toEqual([{ path: [path], message }]);
      }
    });

    test.each<[string, object, (string | number)[]]>([
      [
        'chart and duplicateOf together',
        { chart: exampleChart, duplicateOf: ghost },
        ['duplicateOf'],
      ],
      ['version without duplicateOf', { version: 2 }, ['version']],
      // Past PostgreSQL's integer: refused here, not a 500 from the database.
      ['a version of 2^31', { duplicateOf: ghost, version: 2147483648 }, ['version']],
      ['a version of 99999999999', { duplicateOf: ghost, version: 99999999999 }, ['version']],
      ['a version of 1e10', { duplicateOf: ghost, version: 1e10 }, ['version']],
      ['derivedFrom with duplicateOf', { duplicateOf: ghost, derivedFrom: ghost }, ['derivedFrom']],
      ['a malformed duplicateOf', { duplicateOf: 'abc' }, ['duplicateOf']],
      ['a malformed chart', { chart: { positions: [{ id: 1 }] } }, ['chart', 'positions', 0, 'id']],
      ['a description over 5,000 characters', { description: 'x'.repeat(5001) }, ['description']],
      ['an unknown member', { title: 'Option B' }, ['title']],
    ])('%s is a 400 naming the member', async (_name, body, path) => {
      const workspace = await postWorkspace(saved.app);
      const res = await request(saved.app).post(scenarios(workspace.id)).send(body);
      const problem = expectProblem(res, 400, '/api/problems/invalid-request');
      expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
    });

    test('in an unknown workspace is a 404', async () => {
      expectProblem(await request(saved.app).post(scenarios(ghost)).send({}), 404);
    });
  });

  describe('GET …/scenarios', () => {
    test('lists the scenarios in order, without charts', async () => {
      const workspace = await postWorkspace(saved.app);
      const a = await postScenario(saved.app, workspace.id, {
        name: 'Current',
        chart: exampleChart,
      });
      const b = await postScenario(saved.app, workspace.id, {
        name: 'Option A',
        duplicateOf: a.id,
      });
      const res = await request(saved.app).get(scenarios(workspace.id));
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const list = scenarioListSchema.parse(res.body);
      expect(list.scenarios.map((s) => [s.id, s.name, s.position, s.positionCount])).toEqual([
        [a.id, 'Current', 0, 4],
        [b.id, 'Option A', 1, 4],
      ]);
      expect(res.text).not.toContain('Administrerende');
    });

    test('of an unknown or malformed workspace is a 404', async () => {
      expectProblem(await request(saved.app).get(scenarios(ghost)), 404);
      expectProblem(await request(saved.app).get(scenarios('nope')), 404);
    });
  });

  describe('GET, PATCH and DELETE …/scenarios/{id}', () => {
    test('reads the scenario with its chart and version as ETag', async () => {
      const workspace = await postWorkspace(saved.app);
      const created = await postScenario(saved.app, workspace.id, { chart: exampleChart });
      const res = await request(saved.app).get(scenarioUrl(workspace.id, created.id));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(created);
      expect(res.headers.etag).toBe('"1"');
      const revalidated = await request(saved.app)
        .get(scenarioUrl(workspace.id, created.id))
        .set('If-None-Match', '"1"');
      expect(revalidated.status).toBe(304);
    });

    test('a scenario is only reachable through its own workspace', async () => {
      const workspace = await postWorkspace(saved.app);
      const other = await postWorkspace(saved.app);
      const scenario = await postScenario(saved.app, workspace.id);
      const problem = expectProblem(
        await request(saved.app).get(scenarioUrl(other.id, scenario.id)),
        404,
      );
      expect(problem.detail).toMatch(/^The workspace has no scenario with the id/);
      expectProblem(
        await request(saved.app)
          .patch(scenarioUrl(other.id, scenario.id))
          .set('If-Match', '"1"')
          .send({ name: 'Hijack' }),
        404,
      );
      expectProblem(
        await request(saved.app).delete(scenarioUrl(other.id, scenario.id)).set('If-Match', '"1"'),
        404,
      );
      expect((await request(saved.app).get(scenarioUrl(workspace.id, scenario.id))).status).toBe(
        200,
      );
    });

    test('PATCH saves a new version: name, description, chart', async () => {
      const workspace = await postWorkspace(saved.app);
      const created = await postScenario(saved.app, workspace.id, { chart: exampleChart });
      const chart: Chart = { positions: [{ id: 'ceo', title: 'CEO' }] };
      const res = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"1"')
        .send({ name: 'Lean', description: 'One box', chart });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({ name: 'Lean', description: 'One box', chart, version: 2 });
      const renamed = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"2"')
        .send({ name: 'Leaner' });
      expect(renamed.body).toMatchObject({ name: 'Leaner', chart, version: 3 });
    });

    test('PATCH with a patch applies it to the saved chart of that version', async () => {
      const workspace = await postWorkspace(saved.app);
      const created = await postScenario(saved.app, workspace.id, { chart: exampleChart });
      const res = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"1"')
        .send({ patch: [{ op: 'setReportsTo', positionId: 'it', reportsTo: 'ceo' }] });
      expect(res.status).toBe(200);
      const moved = res.body.chart.positions.find((p: { id: string }) => p.id === 'it');
      expect(moved.reportsTo).toBe('ceo');

      const conflict = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"2"')
        .send({ patch: [{ op: 'removePosition', positionId: 'nobody' }] });
      const problem = expectProblem(conflict, 422, '/api/problems/patch-conflict');
      expect(problem.errors![0]!.path.slice(0, 2)).toEqual(['patch', 0]);

      const stale = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"1"')
        .send({ patch: [{ op: 'setRoles', positionId: 'cto', roles: ['cto'] }] });
      expect(expectProblem(stale, 412, '/api/problems/version-mismatch').currentVersion).toBe(2);
    });

    test('PATCH refuses a chart and a patch together, an empty change, and self-derivation', async () => {
      const workspace = await postWorkspace(saved.app);
      const created = await postScenario(saved.app, workspace.id);
      const send = (body: object) =>
        request(saved.app)
          .patch(scenarioUrl(workspace.id, created.id))
          .set('If-Match', '"1"')
          .send(body);
      expectProblem(
        await send({ chart: exampleChart, patch: [] }),
        400,
        '/api/problems/invalid-request',
      );
      expectProblem(await send({}), 400, '/api/problems/invalid-request');
      const self = expectProblem(
        await send({ derivedFrom: created.id }),
        422,
        '/api/problems/unknown-reference',
      );
      expect(self.detail).toBe('A scenario cannot be derived from itself.');
      const other = await postScenario(saved.app, workspace.id);
      const derived = await send({ derivedFrom: other.id });
      expect(derived.body).toMatchObject({ derivedFrom: other.id, version: 2 });
    });

    test('PATCH without If-Match is a 428, with a stale one a 412 carrying the current scenario', async () => {
      const workspace = await postWorkspace(saved.app);
      const created = await postScenario(saved.app, workspace.id, { name: 'Mine' });
      expectProblem(
        await request(saved.app).patch(scenarioUrl(workspace.id, created.id)).send({ name: 'X' }),
        428,
        '/api/problems/if-match-required',
      );
      const saved1 = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"1"')
        .send({ name: 'Saved first' });
      const late = await request(saved.app)
        .patch(scenarioUrl(workspace.id, created.id))
        .set('If-Match', '"1"')
        .send({ name: 'Saved second' });
      const problem = expectProblem(late, 412, '/api/problems/version-mismatch');
      expect(problem.current).toEqual(saved1.body);
      expect(problem.detail).toContain('“Saved first” has changed since you read it');
      expect(late.headers.etag).toBe('"2"');
    });

    test('DELETE removes the scenario; scenarios derived from it keep their charts', async () => {
      const workspace = await postWorkspace(saved.app);
      const original = await postScenario(saved.app, workspace.id, { chart: exampleChart });
      const copy = await postScenario(saved.app, workspace.id, { duplicateOf: original.id });
      expectProblem(
        await request(saved.app).delete(scenarioUrl(workspace.id, original.id)),
        428,
        '/api/problems/if-match-required',
      );
      expectProblem(
        await request(saved.app)
          .delete(scenarioUrl(workspace.id, original.id))
          .set('If-Match', '"2"'),
        412,
        '/api/problems/version-mismatch',
      );
      const res = await request(saved.app)
        .delete(scenarioUrl(workspace.id, original.id))
        .set('If-Match', '"1"');
      expect(res.status).toBe(204);
      expectProblem(await request(saved.app).get(scenarioUrl(workspace.id, original.id)), 404);
      const kept = await request(saved.app).get(scenarioUrl(workspace.id, copy.id));
      expect(kept.body).toMatchObject({ derivedFrom: null, chart: exampleChart });
    });
  });

  describe('PUT …/scenario-order', () => {
    test('reorders under the workspace’s version and answers the new order', async () => {
      const workspace = await postWorkspace(saved.app);
      const [a, b, c] = [
        await postScenario(saved.app, workspace.id, { name: 'A' }),
        await postScenario(saved.app, workspace.id, { name: 'B' }),
        await postScenario(saved.app, workspace.id, { name: 'C' }),
      ];
      const order = `/api/v1/workspaces/${workspace.id}/scenario-order`;
      expectProblem(
        await request(saved.app)
          .put(order)
          .send({ scenarioIds: [c!.id, a!.id, b!.id] }),
        428,
        '/api/problems/if-match-required',
      );
      const res = await request(saved.app)
        .put(order)
        .set('If-Match', '"1"')
        .send({ scenarioIds: [c!.id, a!.id, b!.id] });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body.scenarios.map((s: { name: string }) => s.name)).toEqual(['C', 'A', 'B']);
      const list = await request(saved.app).get(scenarios(workspace.id));
      expect(list.body.scenarios.map((s: { position: number }) => s.position)).toEqual([0, 1, 2]);
      expect(list.body.scenarios.map((s: { name: string }) => s.name)).toEqual(['C', 'A', 'B']);
      // New scenarios go to the end.
      await postScenario(saved.app, workspace.id, { name: 'D' });
      const after = await request(saved.app).get(scenarios(workspace.id));
      expect(after.body.scenarios.map((s: { name: string }) => s.name)).toEqual([
        'C',
        'A',
        'B',
        'D',
      ]);

      const stale = await request(saved.app)
        .put(order)
        .set('If-Match', '"1"')
        .send({ scenarioIds: [a!.id, b!.id, c!.id] });
      expectProblem(stale, 412, '/api/problems/version-mismatch');
    });

    test('an order that misses or invents scenarios is a 409 naming them', async () => {
      const workspace = await postWorkspace(saved.app);
      const a = await postScenario(saved.app, workspace.id);
      const b = await postScenario(saved.app, workspace.id);
      const res = await request(saved.app)
        .put(`/api/v1/workspaces/${workspace.id}/scenario-order`)
        .set('If-Match', '"1"')
        .send({ scenarioIds: [b.id, ghost] });
      const problem = expectProblem(res, 409, '/api/problems/scenario-order-mismatch');
      expect(problem.errors).toEqual([
        { path: ['scenarioIds'], message: `Missing: "${a.id}"` },
        { path: ['scenarioIds', 1], message: `Not a scenario of this workspace: "${ghost}"` },
      ]);
      const twice = await request(saved.app)
        .put(`/api/v1/workspaces/${workspace.id}/scenario-order`)
        .set('If-Match', '"1"')
        .send({ scenarioIds: [a.id, a.id] });
      const duplicate = expectProblem(twice, 400, '/api/problems/invalid-request');
      expect(duplicate.errors).toEqual([
        { path: ['scenarioIds', 1], message: `"${a.id}" is listed twice` },
      ]);
    });
  });

  describe('GET …/report', () => {
    test('validates the saved chart with the workspace’s saved rule settings', async () => {
      const workspace = await postWorkspace(saved.app, {
        name: 'Acme',
        rules: { 'narrow-span': 'off', 'cto-under-cio': 'error' },
      });
      const chart = {
        company: { name: 'Acme', headcount: 40, businessModel: 'product' },
        positions: [
          { id: 'ceo', title: 'CEO' },
          { id: 'cio', title: 'CIO', reportsTo: 'ceo' },
          { id: 'cto', title: 'CTO', reportsTo: 'cio' },
        ],
      };
      const scenario = await postScenario(saved.app, workspace.id, { chart });
      const res = await request(saved.app).get(`${scenarioUrl(workspace.id, scenario.id)}/report`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const rules = { 'narrow-span': 'off', 'cto-under-cio': 'error' } as const;
      expect(res.body).toEqual(validate(chart as Chart, { rules }));
      const ruleIds = res.body.findings.map((f: { ruleId: string }) => f.ruleId);
      expect(ruleIds).not.toContain('narrow-span');
      expect(res.body.findings[0]).toMatchObject({ ruleId: 'cto-under-cio', severity: 'error' });
    });

    test('a chart saved under a higher position limit is a 413, like a new one', async () => {
      const workspace = await postWorkspace(saved.app);
      const scenario = await postScenario(saved.app, workspace.id, { chart: generateChart(60) });
      const strict = saved.withConfig({ maxPositions: 50 });
      const res = await request(strict).get(`${scenarioUrl(workspace.id, scenario.id)}/report`);
      const problem = expectProblem(res, 413, '/api/problems/too-many-positions');
      expect(problem.detail).toBe(
        'The saved chart has 60 positions; this server accepts at most 50.',
      );
    });

    test('rule settings that this version does not know are a 409 naming them', async () => {
      const workspace = await postWorkspace(saved.app);
      const scenario = await postScenario(saved.app, workspace.id);
      // As if saved by a version of Orgwise that had a rule this one does not.
      const { store } = saved;
      const current = await store.getWorkspace(workspace.id);
      await store.updateWorkspace(workspace.id, current!.version, {
        rules: { 'retired-rule': 'warning' },
      });
      const res = await request(saved.app).get(`${scenarioUrl(workspace.id, scenario.id)}/report`);
      const problem = expectProblem(res, 409, '/api/problems/outdated-rule-settings');
      expect(problem.errors).toEqual([
        { path: ['rules', 'retired-rule'], message: 'Unknown rule "retired-rule"' },
      ]);
    });

    test('of an unknown scenario or workspace is a 404', async () => {
      const workspace = await postWorkspace(saved.app);
      expectProblem(
        await request(saved.app).get(`${scenarioUrl(workspace.id, ghost)}/report`),
        404,
      );
      expectProblem(await request(saved.app).get(`${scenarioUrl(ghost, ghost)}/report`), 404);
    });
  });
});
