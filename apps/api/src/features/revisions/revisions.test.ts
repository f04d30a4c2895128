import { exampleChart, revisionListSchema, revisionSchema } from '@orgwise/contract';
import type { Chart } from '@orgwise/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

const oneBox: Chart = { positions: [{ id: 'ceo', title: 'CEO' }] };

describe.each(testBackends())('revisions on $name', (backend) => {
  let saved: SavedApp;
  beforeAll(async () => {
    saved = await savedApp(backend);
  });
  afterAll(() => saved.dispose());

  /** A scenario saved three times: v1 the example chart, v2 renamed, v3 one box. */
  async function savedThreeTimes() {
    const workspace = await postWorkspace(saved.app);
    const scenario = await postScenario(saved.app, workspace.id, {
      name: 'Current',
      chart: exampleChart,
    });
    const url = `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}`;
    for (const [version, body] of [
      [1, { name: 'Current (draft)' }],
      [2, { chart: oneBox }],
    ] as const) {
      const res = await request(saved.app).patch(url).set('If-Match', `"${version}"`).send(body);
      expect(res.status).toBe(200);
    }
    return { workspace, scenario, url };
  }

  test('every save is a revision; the list is newest first, without charts', async () => {
    const { url } = await savedThreeTimes();
    const res = await request(saved.app).get(`${url}/revisions`);
    expect(res.status).toBe(200);
    const list = revisionListSchema.parse(res.body);
    expect(list.revisions.map((r) => [r.version, r.kind, r.name, r.positionCount])).toEqual([
      [3, 'updated', 'Current (draft)', 1],
      [2, 'updated', 'Current (draft)', 4],
      [1, 'created', 'Current', 4],
    ]);
    expect(list.nextBefore).toBeNull();
    expect(res.text).not.toContain('Mette Jensen');
  });

  test('pages with limit and before', async () => {
    const { url } = await savedThreeTimes();
    const first = await request(saved.app).get(`${url}/revisions?limit=2`);
    expect(first.body.revisions.map((r: { version: number }) => r.version)).toEqual([3, 2]);
    expect(first.body.nextBefore).toBe(2);
    const second = await request(saved.app).get(`${url}/revisions?limit=2&before=2`);
    expect(second.body.revisions.map((r: { version: number }) => r.version)).toEqual([1]);
    expect(second.body.nextBefore).toBeNull();
  });

  test.each([
    ['limit=0', ['query', 'limit']],
    ['limit=1001', ['query', 'limit']],
    ['limit=ten', ['query', 'limit']],
    ['before=-1', ['query', 'before']],
    // Past PostgreSQL's integer: refused here, not a 500 from the database.
    ['before=2147483648', ['query', 'before']],
    ['before=99999999999999999999', ['query', 'before']],
    ['page=2', ['query', 'page']],
  ])('a bad query (%s) is a 400 naming the parameter', async (query, path) => {
    const { url } = await savedThreeTimes();
    const res = await request(saved.app).get(`${url}/revisions?${query}`);
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
  });

  test('reads one revision with its chart; its version is its ETag', async () => {
    const { url, scenario } = await savedThreeTimes();
    const res = await request(saved.app).get(`${url}/revisions/1`);
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const revision = revisionSchema.parse(res.body);
    expect(revision).toMatchObject({
      scenarioId: scenario.id,
      version: 1,
      name: 'Current',
      kind: 'created',
      chart: exampleChart,
    });
  });

  test.each([
    ['0', /^There is no revision "0"/],
    ['abc', /^There is no revision "abc"/],
    ['99999999999', /^There is no revision "99999999999"/],
    ['4', /^The scenario has no revision 4: its revisions are numbered 1 to 3\.$/],
  ])('revision %s is a 404 saying which exist', async (version, message) => {
    const { url } = await savedThreeTimes();
    const problem = expectProblem(await request(saved.app).get(`${url}/revisions/${version}`), 404);
    expect(problem.detail).toMatch(message);
  });

  test('restoring makes a new revision with the old state; history is kept', async () => {
    const { url } = await savedThreeTimes();
    const res = await request(saved.app).post(`${url}/revisions/1/restore`).set('If-Match', '"3"');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"4"');
    expect(res.body).toMatchObject({ name: 'Current', chart: exampleChart, version: 4 });
    expect((await request(saved.app).get(url)).body).toEqual(res.body);
    const list = await request(saved.app).get(`${url}/revisions`);
    expect(list.body.revisions[0]).toMatchObject({
      version: 4,
      kind: 'restored',
      restoredFrom: 1,
      name: 'Current',
    });
    expect(list.body.revisions).toHaveLength(4);

    // And the restore can itself be undone by restoring the version before it.
    const undo = await request(saved.app).post(`${url}/revisions/3/restore`).set('If-Match', '"4"');
    expect(undo.body).toMatchObject({ name: 'Current (draft)', chart: oneBox, version: 5 });
  });

  test('restoring needs If-Match with the current version', async () => {
    const { url } = await savedThreeTimes();
    expectProblem(
      await request(saved.app).post(`${url}/revisions/1/restore`),
      428,
      '/api/problems/if-match-required',
    );
    const stale = await request(saved.app)
      .post(`${url}/revisions/1/restore`)
      .set('If-Match', '"2"');
    const problem = expectProblem(stale, 412, '/api/problems/version-mismatch');
    expect(problem.currentVersion).toBe(3);
    expect(problem.current).toMatchObject({ version: 3, chart: oneBox });
    expectProblem(
      await request(saved.app).post(`${url}/revisions/9/restore`).set('If-Match', '"3"'),
      404,
    );
  });

  test('revisions of an unknown scenario, or through another workspace, are 404s', async () => {
    const { scenario } = await savedThreeTimes();
    const other = await postWorkspace(saved.app);
    const elsewhere = `/api/v1/workspaces/${other.id}/scenarios/${scenario.id}`;
    expectProblem(await request(saved.app).get(`${elsewhere}/revisions`), 404);
    expectProblem(await request(saved.app).get(`${elsewhere}/revisions/1`), 404);
    expectProblem(
      await request(saved.app).post(`${elsewhere}/revisions/1/restore`).set('If-Match', '"3"'),
      404,
    );
  });
});
