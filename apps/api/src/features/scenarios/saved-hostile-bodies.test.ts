import { generateChart } from '@orgwise/domain/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

// Saving goes through the same body parsing, limits and problem documents as the stateless
// routes, plus a check for text the database cannot store. After all of it, nothing saved has
// changed and the server still serves.

describe.each(testBackends())('hostile bodies when saving, on $name', (backend) => {
  let saved: SavedApp;
  let workspaceId: string;
  let scenarioId: string;
  beforeAll(async () => {
    saved = await savedApp(backend, { bodyLimit: 64 * 1024, maxPositions: 50 });
    workspaceId = (await postWorkspace(saved.app)).id;
    scenarioId = (await postScenario(saved.app, workspaceId, { chart: generateChart(20) })).id;
  });
  afterAll(() => saved.dispose());

  const create = (body: string | object) =>
    request(saved.app)
      .post(`/api/v1/workspaces/${workspaceId}/scenarios`)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const update = (body: string | object) =>
    request(saved.app)
      .patch(`/api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}`)
      .set('If-Match', '"1"')
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));

  test('a body over the size limit is a 413 naming the limit', async () => {
    const chart = { positions: [{ id: 'a', title: 'x'.repeat(70 * 1024) }] };
    for (const res of [await create({ chart }), await update({ chart })]) {
      const problem = expectProblem(res, 413);
      expect(problem.limit).toBe(64 * 1024);
    }
    const workspace = await request(saved.app)
      .post('/api/v1/workspaces')
      .send({ name: 'A', notes: 'x'.repeat(70 * 1024) });
    expectProblem(workspace, 413);
  });

  test('text that is not UTF-8 is refused, never stored as U+FFFD', async () => {
    const workspaces = () => request(saved.app).post('/api/v1/workspaces');
    const invalid = Buffer.concat([
      Buffer.from('{"name": "K'),
      Buffer.from('ø', 'latin1'),
      Buffer.from('benhavn"}'),
    ]);
    const bytes = await workspaces()
      .set('Content-Type', 'application/json')
      .serialize((body) => body)
      .send(invalid);
    expectProblem(bytes, 400);
    const utf16 = await workspaces()
      .set('Content-Type', 'application/json; charset=utf-16')
      .serialize((body) => body)
      .send(Buffer.from('{"name": "København"}', 'utf16le'));
    expectProblem(utf16, 415);
    const renamed = await request(saved.app)
      .patch(`/api/v1/workspaces/${workspaceId}`)
      .set('If-Match', '"1"')
      .set('Content-Type', 'application/json')
      .serialize((body) => body)
      .send(Buffer.concat([Buffer.from('{"notes": "'), Buffer.from([0xff]), Buffer.from('"}')]));
    expectProblem(renamed, 400);
    const workspace = await request(saved.app).get(`/api/v1/workspaces/${workspaceId}`);
    expect(workspace.body.version).toBe(1);
    expect(workspace.body.notes).not.toContain('\ufffd');
  });

  test('a chart over the position limit is a 413 too-many-positions', async () => {
    for (const res of [
      await create({ chart: generateChart(51) }),
      await update({ chart: generateChart(51) }),
    ]) {
      const problem = expectProblem(res, 413, '/api/problems/too-many-positions');
      expect(problem.errors).toEqual([
        { path: ['chart', 'positions'], message: 'At most 50 positions are allowed' },
      ]);
    }
    const addMany = Array.from({ length: 31 }, (_, index) => ({
      op: 'addPosition',
      position: { id: `new-${index}`, title: 'Analyst' },
    }));
    const patched = await update({ patch: addMany });
    const problem = expectProblem(patched, 413, '/api/problems/too-many-positions');
    expect(problem.detail).toBe(
      'The patched chart has 51 positions; this server accepts at most 50.',
    );
  });

  test.each([
    [
      'a __proto__ key in the chart',
      '{"chart": {"positions": [], "__proto__": {"x": 1}}}',
      400,
      '/api/problems/invalid-request',
    ],
    [
      'nesting 1,000 deep',
      `{"chart": {"positions": [], "extra": ${'['.repeat(1000)}${']'.repeat(1000)}}}`,
      400,
      '/api/problems/invalid-json',
    ],
    ['broken JSON', '{"chart": {"positions": [', 400, '/api/problems/invalid-json'],
    ['a body that is not an object', '"chart"', 400, '/api/problems/invalid-request'],
  ])('%s is a %d problem', async (_name, body, status, type) => {
    expectProblem(await create(body), status, type);
    expectProblem(await update(body), status, type);
  });

  test('a body that is not JSON is a 415', async () => {
    const res = await request(saved.app)
      .post(`/api/v1/workspaces/${workspaceId}/scenarios`)
      .set('Content-Type', 'text/plain')
      .send('chart');
    expectProblem(res, 415);
  });

  test.each([
    [
      'a NUL in a title',
      '{"chart": {"positions": [{"id": "a", "title": "CE\\u0000O"}]}}',
      ['chart', 'positions', 0, 'title'],
    ],
    [
      'a NUL in an unknown field',
      '{"chart": {"positions": [], "note": "\\u0000"}}',
      ['chart', 'note'],
    ],
    ['a NUL in a key', '{"chart": {"positions": [], "k\\u0000": 1}}', ['chart', 'k\u0000']],
    ['an unpaired surrogate', '{"name": "Option \\ud800", "chart": {"positions": []}}', ['name']],
    [
      'a reversed surrogate pair',
      '{"chart": {"positions": [{"id": "a", "title": "\\udc00\\ud800"}]}}',
      ['chart', 'positions', 0, 'title'],
    ],
  ])(
    'text the database cannot store (%s) is a 400 naming where it is',
    async (_name, body, path) => {
      for (const res of [await create(body), await update(body)]) {
        const problem = expectProblem(res, 400, '/api/problems/invalid-request');
        expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
      }
    },
  );

  test('emoji, accents and right-to-left text are stored as sent', async () => {
    const chart = {
      positions: [
        { id: 'a', title: 'Administrerende direktør 🚀', holder: 'Zoë Ørsted' },
        { id: 'b', title: 'مدير التكنولوجيا', reportsTo: 'a' },
      ],
    };
    const created = await create({ name: 'Ünïcødé ✓', chart });
    expect(created.status).toBe(201);
    const read = await request(saved.app).get(created.headers.location!);
    expect(read.body).toMatchObject({ name: 'Ünïcødé ✓', chart });
  });

  test('afterwards the saved scenario is unchanged and the server healthy', async () => {
    const res = await request(saved.app).get(
      `/api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}`,
    );
    expect(res.body).toMatchObject({ version: 1, chart: generateChart(20) });
    expect((await request(saved.app).get('/api/health')).status).toBe(200);
  });
});
