import {
  deletedScenarioListSchema,
  exampleChart,
  revisionListSchema,
  scenarioListSchema,
  scenarioSchema,
} from '@orgwise/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

const ghost = 'GGGGGGGGGGGGGGGGGGGGGG';
const day = 24 * 60 * 60 * 1000;

describe.each(testBackends())('deleted scenarios on $name', (backend) => {
  let saved: SavedApp;
  beforeAll(async () => {
    saved = await savedApp(backend);
  });
  afterAll(() => saved.dispose());

  const base = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}`;
  const restoreUrl = (workspaceId: string, scenarioId: string) =>
    `${base(workspaceId)}/deleted-scenarios/${scenarioId}/restore`;

  /** A workspace with options A, B (saved twice, so at version 2) and C, and B deleted. */
  async function withDeletedOption() {
    const workspace = await postWorkspace(saved.app);
    const a = await postScenario(saved.app, workspace.id, { name: 'A' });
    const b = await postScenario(saved.app, workspace.id, { name: 'B', chart: exampleChart });
    const c = await postScenario(saved.app, workspace.id, { name: 'C', derivedFrom: b.id });
    const bUrl = `${base(workspace.id)}/scenarios/${b.id}`;
    const renamed = await request(saved.app)
      .patch(bUrl)
      .set('If-Match', '"1"')
      .send({ name: 'B: split CIO and CTO' });
    expect(renamed.status).toBe(200);
    const deleted = await request(saved.app).delete(bUrl).set('If-Match', '"2"');
    expect(deleted.status).toBe(204);
    return { workspace, a, b, c, bUrl };
  }

  async function names(workspaceId: string): Promise<string[]> {
    const res = await request(saved.app).get(`${base(workspaceId)}/scenarios`);
    return scenarioListSchema.parse(res.body).scenarios.map((scenario) => scenario.name);
  }

  test('a deleted scenario leaves every route, and the 404 says how to bring it back', async () => {
    const { workspace, b, c, bUrl } = await withDeletedOption();
    expect(await names(workspace.id)).toEqual(['A', 'C']);
    const gone = expectProblem(await request(saved.app).get(bUrl), 404);
    expect(gone.detail).toBe(
      `The scenario "${b.id}" was deleted. It can be brought back with POST ${restoreUrl(workspace.id, b.id)}.`,
    );
    expectProblem(await request(saved.app).get(`${bUrl}/revisions`), 404);
    expectProblem(await request(saved.app).get(`${bUrl}/revisions/1`), 404);
    expectProblem(await request(saved.app).get(`${bUrl}/report`), 404);
    expectProblem(
      await request(saved.app).patch(bUrl).set('If-Match', '"2"').send({ name: 'Back?' }),
      404,
    );
    expectProblem(await request(saved.app).delete(bUrl).set('If-Match', '"2"'), 404);
    expectProblem(
      await request(saved.app).post(`${bUrl}/revisions/1/restore`).set('If-Match', '"2"'),
      404,
    );
    // It cannot be copied, nor named as an origin.
    expectProblem(
      await request(saved.app)
        .post(`${base(workspace.id)}/scenarios`)
        .send({ duplicateOf: b.id }),
      422,
      '/api/problems/unknown-reference',
    );
    // Those derived from it no longer name it.
    const derived = await request(saved.app).get(`${base(workspace.id)}/scenarios/${c.id}`);
    expect(derived.body.derivedFrom).toBeNull();
    // The order is that of the scenarios left.
    const workspaceNow = await request(saved.app).get(base(workspace.id));
    const order = await request(saved.app)
      .put(`${base(workspace.id)}/scenario-order`)
      .set('If-Match', workspaceNow.headers.etag!)
      .send({ scenarioIds: [c.id, b.id] });
    expectProblem(order, 409, '/api/problems/scenario-order-mismatch');
  });

  test('the list holds what can be brought back, the latest deleted first, until when', async () => {
    const { workspace, a, b } = await withDeletedOption();
    const before = Date.now();
    const deleteA = await request(saved.app)
      .delete(`${base(workspace.id)}/scenarios/${a.id}`)
      .set('If-Match', '"1"');
    expect(deleteA.status).toBe(204);
    const res = await request(saved.app).get(`${base(workspace.id)}/deleted-scenarios`);
    expect(res.status).toBe(200);
    const { scenarios } = deletedScenarioListSchema.parse(res.body);
    expect(scenarios.map((scenario) => [scenario.id, scenario.name, scenario.version])).toEqual([
      [a.id, 'A', 1],
      [b.id, 'B: split CIO and CTO', 2],
    ]);
    expect(scenarios[1]!.positionCount).toBe(exampleChart.positions.length);
    const deletedAt = Date.parse(scenarios[0]!.deletedAt);
    expect(deletedAt).toBeGreaterThanOrEqual(before - 60_000);
    expect(Date.parse(scenarios[0]!.erasedAt) - deletedAt).toBe(30 * day);
    // No charts in the list.
    expect(res.text).not.toContain('"positions"');
  });

  test('bringing one back restores it whole: id, version, revisions and place', async () => {
    const { workspace, b, bUrl } = await withDeletedOption();
    expectProblem(
      await request(saved.app).post(restoreUrl(workspace.id, b.id)),
      428,
      '/api/problems/if-match-required',
    );
    const stale = expectProblem(
      await request(saved.app).post(restoreUrl(workspace.id, b.id)).set('If-Match', '"1"'),
      412,
      '/api/problems/version-mismatch',
    );
    expect(stale.current).toMatchObject({ id: b.id, version: 2, name: 'B: split CIO and CTO' });

    const res = await request(saved.app)
      .post(restoreUrl(workspace.id, b.id))
      .set('If-Match', '"2"');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.headers.location).toBe(bUrl);
    expect(scenarioSchema.parse(res.body)).toMatchObject({
      id: b.id,
      name: 'B: split CIO and CTO',
      chart: exampleChart,
      version: 2,
    });
    expect(await names(workspace.id)).toEqual(['A', 'B: split CIO and CTO', 'C']);
    const revisions = revisionListSchema.parse(
      (await request(saved.app).get(`${bUrl}/revisions`)).body,
    );
    expect(revisions.revisions.map((revision) => revision.version)).toEqual([2, 1]);
    const list = await request(saved.app).get(`${base(workspace.id)}/deleted-scenarios`);
    expect(list.body).toEqual({ scenarios: [] });
    // It can be saved again at once, from the version it came back with.
    const save = await request(saved.app).patch(bUrl).set('If-Match', '"2"').send({ name: 'B' });
    expect(save.status).toBe(200);
  });

  test('brought back after a reorder, it takes its old place and the others move along', async () => {
    const workspace = await postWorkspace(saved.app);
    const [a, b, c, d] = [
      await postScenario(saved.app, workspace.id, { name: 'A' }),
      await postScenario(saved.app, workspace.id, { name: 'B' }),
      await postScenario(saved.app, workspace.id, { name: 'C' }),
      await postScenario(saved.app, workspace.id, { name: 'D' }),
    ];
    const deleted = await request(saved.app)
      .delete(`${base(workspace.id)}/scenarios/${c!.id}`)
      .set('If-Match', '"1"');
    expect(deleted.status).toBe(204);
    const order = await request(saved.app)
      .put(`${base(workspace.id)}/scenario-order`)
      .set('If-Match', '"1"')
      .send({ scenarioIds: [d!.id, a!.id, b!.id] });
    expect(order.status).toBe(200);
    const res = await request(saved.app)
      .post(restoreUrl(workspace.id, c!.id))
      .set('If-Match', '"1"');
    expect(res.status).toBe(200);
    // C was third: it is third again.
    expect(await names(workspace.id)).toEqual(['D', 'A', 'C', 'B']);
  });

  test('bringing back what is not deleted says what is wrong', async () => {
    const { workspace, a } = await withDeletedOption();
    const live = expectProblem(
      await request(saved.app).post(restoreUrl(workspace.id, a.id)).set('If-Match', '"1"'),
      409,
      '/api/problems/scenario-not-deleted',
    );
    expect(live.detail).toBe(
      `The scenario "${a.id}" is not deleted: it is at /api/v1/workspaces/${workspace.id}/scenarios/${a.id}.`,
    );
    const unknown = expectProblem(
      await request(saved.app).post(restoreUrl(workspace.id, ghost)).set('If-Match', '"1"'),
      404,
    );
    expect(unknown.detail).toContain('Deleted scenarios are kept for 30 days');
    const other = await postWorkspace(saved.app);
    const { b } = await withDeletedOption();
    // Another workspace's deleted scenario is not this one's to bring back.
    expectProblem(
      await request(saved.app).post(restoreUrl(other.id, b.id)).set('If-Match', '"2"'),
      404,
    );
    const noWorkspace = expectProblem(
      await request(saved.app).get(`${base(ghost)}/deleted-scenarios`),
      404,
    );
    expect(noWorkspace.detail).toContain(`no workspace with the id "${ghost}"`);
    expectProblem(
      await request(saved.app).post(restoreUrl(workspace.id, '__proto__')).set('If-Match', '"1"'),
      404,
    );
  });

  test('a share link does not show deleted options', async () => {
    const { workspace } = await withDeletedOption();
    const link = await request(saved.app)
      .post(`${base(workspace.id)}/share-links`)
      .send({});
    expect(link.status).toBe(201);
    const shared = await request(saved.app).get(`/api/v1/shared/${link.body.token}`);
    expect(shared.body.scenarios.map((scenario: { name: string }) => scenario.name)).toEqual([
      'A',
      'C',
    ]);
  });
});
