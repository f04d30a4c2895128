import { createHash } from 'node:crypto';
import {
  createdShareLinkSchema,
  sharedWorkspaceSchema,
  shareLinkListSchema,
} from '@orgwise/contract';
import { orgChart } from '@orgwise/domain/testing';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

const current = orgChart(`
  ceo: Chief Executive Officer
    cfo: Chief Financial Officer
    cio: Chief Information Officer [vacant]
`);
const optionA = orgChart(`
  ceo: Chief Executive Officer
    cfo: Chief Financial Officer
    cto: Chief Technology Officer
`);

describe.each(testBackends())('share links on $name', (backend) => {
  let saved: SavedApp;
  let workspaceId: string;
  beforeAll(async () => {
    saved = await savedApp(backend);
    const workspace = await postWorkspace(saved.app, {
      name: 'Leadership 2027',
      client: 'Acme A/S',
      notes: 'Private: the CFO is leaving in June.',
      sharedNotes: 'For the board on 14 March.',
      rules: { 'span-of-control': ['warning', { max: 8 }] },
    });
    workspaceId = workspace.id;
    await postScenario(saved.app, workspaceId, {
      name: 'Current',
      description: 'As today.',
      chart: current,
    });
    await postScenario(saved.app, workspaceId, {
      name: 'Option A',
      description: 'A CTO instead of a CIO.',
      chart: optionA,
    });
  });
  afterAll(() => saved.dispose());

  const links = (id = workspaceId) => `/api/v1/workspaces/${id}/share-links`;
  const create = async (body?: object) => {
    const req = request(saved.app).post(links());
    const res = await (body === undefined ? req : req.send(body));
    expect(res.status, res.text).toBe(201);
    return createdShareLinkSchema.parse(res.body);
  };

  test('POST creates a link: 201 with an unguessable token and the path of the view', async () => {
    const link = await create({ label: ' Board ' });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`/share/${link.token}`);
    expect(link.label).toBe('Board');
    expect(link.workspaceId).toBe(workspaceId);
    const tokens = await Promise.all(
      Array.from({ length: 10 }, async () => (await create()).token),
    );
    expect(new Set(tokens).size).toBe(10);
  });

  test('the database keeps only the SHA-256 of the token', async () => {
    const link = await create();
    const dump = JSON.stringify(await saved.store.listShareLinks(workspaceId));
    expect(dump).not.toContain(link.token);
    // The stored hash is what a lookup compares with: a link whose hash was changed opens nothing.
    const hash = createHash('sha256').update(link.token).digest('hex');
    expect(hash).toHaveLength(64);
    expect((await request(saved.app).get(`/api/v1/shared/${link.token}`)).status).toBe(200);
  });

  test('a token never reaches the log, however the path that carries it is written', async () => {
    const link = await create();
    for (const path of [
      `/api/v1/shared/${link.token}`,
      `/share/${link.token}`,
      `/api/v1/%73hared/${link.token}`,
      `/api/v1/shared/${link.token}/anything`,
      `/api/v1/shared/${link.token.slice(0, 30)}`,
    ]) {
      await request(saved.app).get(path);
    }
    const logged = JSON.stringify(saved.logs);
    expect(logged).toContain('/api/v1/shared/[redacted]');
    for (let start = 0; start + 12 <= link.token.length; start += 6) {
      expect(logged).not.toContain(link.token.slice(start, start + 12));
    }
  });

  test('GET lists links without tokens, newest first', async () => {
    const link = await create({ label: 'For the list' });
    const res = await request(saved.app).get(links());
    expect(res.status).toBe(200);
    const list = shareLinkListSchema.parse(res.body);
    expect(list.shareLinks[0]).toEqual({
      id: link.id,
      workspaceId,
      label: 'For the list',
      createdAt: link.createdAt,
      expiresAt: null,
      hasPassword: false,
    });
    expect(res.text).not.toContain(link.token);
    expect(res.text).not.toMatch(/token/i);
  });

  test('GET /shared/{token} shows the workspace and its scenarios in order, with reports', async () => {
    const link = await create();
    const res = await request(saved.app).get(`/api/v1/shared/${link.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const shared = sharedWorkspaceSchema.parse(res.body);
    expect(shared.workspace).toEqual({
      name: 'Leadership 2027',
      client: 'Acme A/S',
      sharedNotes: 'For the board on 14 March.',
      rules: { 'span-of-control': ['warning', { max: 8 }] },
      language: null,
      updatedAt: expect.any(String),
    });
    // The private notes are the consultant's own: a viewer never sees them.
    expect(res.text).not.toContain('the CFO is leaving');
    expect(shared.scenarios.map((s) => [s.name, s.description])).toEqual([
      ['Current', 'As today.'],
      ['Option A', 'A CTO instead of a CIO.'],
    ]);
    expect(shared.scenarios[0]!.chart).toEqual(current);
    expect(shared.scenarios[1]!.chart).toEqual(optionA);
    expect(shared.scenarios[0]!.report.metrics.vacancies).toBe(1);
    expect(shared.scenarios[1]!.report.metrics.vacancies).toBe(0);
    // Ids would let a link's holder change the workspace when no API key is set.
    expect(res.text).not.toContain(workspaceId);
  });

  test('the order followed is the workspace’s', async () => {
    const ws = await postWorkspace(saved.app, { name: 'Order' });
    const a = await postScenario(saved.app, ws.id, { name: 'First' });
    const b = await postScenario(saved.app, ws.id, { name: 'Second' });
    const order = await request(saved.app)
      .put(`/api/v1/workspaces/${ws.id}/scenario-order`)
      .set('If-Match', '"1"')
      .send({ scenarioIds: [b.id, a.id] });
    expect(order.status, order.text).toBe(200);
    const link = await request(saved.app).post(links(ws.id));
    const res = await request(saved.app).get(`/api/v1/shared/${link.body.token}`);
    expect(res.body.scenarios.map((s: { name: string }) => s.name)).toEqual(['Second', 'First']);
  });

  test('DELETE revokes: the token then opens nothing (404), and a second DELETE is a 404', async () => {
    const link = await create();
    expect((await request(saved.app).delete(`${links()}/${link.id}`)).status).toBe(204);
    const problem = expectProblem(
      await request(saved.app).get(`/api/v1/shared/${link.token}`),
      404,
    );
    expect(problem.detail).toMatch(/revoked/);
    expectProblem(await request(saved.app).delete(`${links()}/${link.id}`), 404);
    const list = shareLinkListSchema.parse((await request(saved.app).get(links())).body);
    expect(list.shareLinks.map((l) => l.id)).not.toContain(link.id);
  });

  test('a link cannot be revoked through another workspace', async () => {
    const link = await create();
    const other = await postWorkspace(saved.app, { name: 'Other' });
    expectProblem(await request(saved.app).delete(`${links(other.id)}/${link.id}`), 404);
    expect((await request(saved.app).get(`/api/v1/shared/${link.token}`)).status).toBe(200);
  });

  test('deleting the workspace ends its links', async () => {
    const ws = await postWorkspace(saved.app, { name: 'Short-lived' });
    const link = (await request(saved.app).post(links(ws.id))).body as { token: string };
    await request(saved.app).delete(`/api/v1/workspaces/${ws.id}`).set('If-Match', '"1"');
    expectProblem(await request(saved.app).get(`/api/v1/shared/${link.token}`), 404);
  });

  test.each([
    ['an unknown token', 'A'.repeat(43)],
    ['a token cut short', 'A'.repeat(20)],
    ['a hostile token', '%27%3B%20DROP%20TABLE%20share_links%3B--'],
    ['a very long token', 'x'.repeat(5000)],
  ])('%s is a 404 problem', async (_name, token) => {
    expectProblem(await request(saved.app).get(`/api/v1/shared/${token}`), 404);
  });

  test('unknown workspace, malformed ids and bad bodies are clear problems', async () => {
    expectProblem(await request(saved.app).post(links('A'.repeat(22))), 404);
    expectProblem(await request(saved.app).get(links('nope')), 404);
    expectProblem(await request(saved.app).delete(`${links()}/not-an-id`), 404);
    const bad = expectProblem(
      await request(saved.app).post(links()).send({ label: 7, extra: true }),
      400,
      '/api/problems/invalid-request',
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(expect.arrayContaining([['label'], ['extra']]));
    expectProblem(
      await request(saved.app)
        .post(links())
        .send({ label: 'x'.repeat(201) }),
      400,
      '/api/problems/invalid-request',
    );
  });

  test('a null body is refused like on every other endpoint, and creates no link', async () => {
    const before = shareLinkListSchema.parse((await request(saved.app).get(links())).body);
    const res = await request(saved.app)
      .post(links())
      .set('Content-Type', 'application/json')
      .send('null');
    const problem = expectProblem(res, 400, '/api/problems/invalid-request');
    expect(problem.errors![0]!.path).toEqual([]);
    const after = shareLinkListSchema.parse((await request(saved.app).get(links())).body);
    expect(after.shareLinks).toHaveLength(before.shareLinks.length);
  });

  describe('with ORGWISE_API_KEY set', () => {
    const key = 'k'.repeat(40);
    let keyed: ReturnType<SavedApp['withConfig']>;
    let token: string;
    let linkId: string;
    let scenarioId: string;
    beforeAll(async () => {
      keyed = saved.withConfig({ apiKey: key });
      const res = await request(keyed).post(links()).set('Authorization', `Bearer ${key}`);
      expect(res.status).toBe(201);
      ({ token, id: linkId } = res.body as { token: string; id: string });
      const list = await request(keyed)
        .get(`/api/v1/workspaces/${workspaceId}/scenarios`)
        .set('Authorization', `Bearer ${key}`);
      scenarioId = (list.body as { scenarios: { id: string }[] }).scenarios[0]!.id;
    });

    test('managing links needs the key', async () => {
      expectProblem(await request(keyed).post(links()), 401);
      expectProblem(await request(keyed).get(links()), 401);
      expectProblem(await request(keyed).delete(`${links()}/${linkId}`), 401);
    });

    test('the shared view does not', async () => {
      const res = await request(keyed).get(`/api/v1/shared/${token}`);
      expect(res.status).toBe(200);
      expect(res.body.scenarios).toHaveLength(2);
    });

    test('the token is not a key: reads and writes with it as bearer are refused', async () => {
      const ws = `/api/v1/workspaces/${workspaceId}`;
      const sc = `${ws}/scenarios/${scenarioId}`;
      const attempts: [string, string, object?][] = [
        ['get', ws],
        ['patch', ws, { name: 'Hacked' }],
        ['delete', ws],
        ['post', '/api/v1/workspaces', { name: 'Mine' }],
        ['post', `${ws}/scenarios`, { name: 'Mine' }],
        ['put', `${ws}/scenario-order`, { scenarioIds: [] }],
        ['patch', sc, { name: 'Hacked' }],
        ['put', sc, { name: 'Hacked', chart: optionA }],
        ['delete', sc],
        ['post', `${sc}/revisions/1/restore`],
        ['post', links()],
        ['delete', `${links()}/${linkId}`],
      ];
      for (const [method, url, body] of attempts) {
        const req = request(keyed)
          [method as 'post'](url)
          .set('Authorization', `Bearer ${token}`)
          .set('If-Match', '"1"');
        const res = await (body === undefined ? req : req.send(body));
        expect(res.status, `${method.toUpperCase()} ${url}`).toBe(401);
      }
      const after = await request(keyed).get(`/api/v1/shared/${token}`);
      expect(after.body.workspace.name).toBe('Leadership 2027');
      expect(after.body.scenarios.map((s: { name: string }) => s.name)).toEqual([
        'Current',
        'Option A',
      ]);
    });
  });

  describe('expiry and password', () => {
    const shared = (token: string) => `/api/v1/shared/${token}`;
    const unlock = (token: string, password: unknown) =>
      request(saved.app)
        .post(`${shared(token)}/unlock`)
        .send({ password });
    const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

    test('a link with an expiry opens until then, and answers 410 afterwards', async () => {
      const expiresAt = inAnHour();
      const link = await create({ label: 'Until the meeting', expiresAt });
      expect(link.expiresAt).toBe(expiresAt);
      expect((await request(saved.app).get(shared(link.token))).status).toBe(200);
      // The consultant moves the expiry: the same link follows it.
      await saved.db.execute(
        sql`UPDATE share_links SET expires_at = now() - interval '1 minute' WHERE id = ${link.id}`,
      );
      const problem = expectProblem(
        await request(saved.app).get(shared(link.token)),
        410,
        '/api/problems/share-link-expired',
      );
      expect(problem.detail).toMatch(/stopped working on \d{4}-/);
      const later = inAnHour();
      const extended = await request(saved.app)
        .patch(`${links()}/${link.id}`)
        .send({ expiresAt: later });
      expect(extended.status, extended.text).toBe(200);
      expect(extended.body).toMatchObject({ id: link.id, expiresAt: later, hasPassword: false });
      expect((await request(saved.app).get(shared(link.token))).status).toBe(200);
      const cleared = await request(saved.app)
        .patch(`${links()}/${link.id}`)
        .send({ expiresAt: null });
      expect(cleared.body.expiresAt).toBeNull();
    });

    test.each([
      ['in the past', '2020-01-01T00:00:00Z'],
      ['more than ten years ahead', '2099-01-01T00:00:00Z'],
      ['without a time zone', '2030-01-01T00:00:00'],
      ['not a date', 'next Tuesday'],
      ['a number', 1_900_000_000_000],
    ])('an expiry %s is a 400 naming expiresAt', async (_name, expiresAt) => {
      const problem = expectProblem(
        await request(saved.app).post(links()).send({ expiresAt }),
        400,
        '/api/problems/invalid-request',
      );
      expect(problem.errors!.map((e) => e.path)).toEqual([['expiresAt']]);
    });

    test('a link with a password opens only with it; the password is hashed and never logged', async () => {
      const password = 'board-room-2027';
      const link = await create({ password });
      expect(link.hasPassword).toBe(true);
      expect(JSON.stringify(link)).not.toContain(password);
      const problem = expectProblem(
        await request(saved.app).get(shared(link.token)),
        401,
        '/api/problems/share-password-required',
      );
      expect(problem.detail).toMatch(/unlock/);
      expectProblem(
        await unlock(link.token, 'board-room-2028'),
        401,
        '/api/problems/share-password-required',
      );
      const opened = await unlock(link.token, password);
      expect(opened.status, opened.text).toBe(200);
      expect(sharedWorkspaceSchema.parse(opened.body).workspace.name).toBe('Leadership 2027');
      const rows = await saved.db.execute(
        sql`SELECT password_hash FROM share_links WHERE id = ${link.id}`,
      );
      const stored = JSON.stringify(rows);
      expect(stored).toMatch(/scrypt\$/);
      expect(stored).not.toContain(password);
      expect(JSON.stringify(saved.logs)).not.toContain(password);
      // Changing the password locks the old one out; removing it opens the link to GET again.
      await request(saved.app)
        .patch(`${links()}/${link.id}`)
        .send({ password: 'another-password' });
      expectProblem(
        await unlock(link.token, password),
        401,
        '/api/problems/share-password-required',
      );
      expect((await unlock(link.token, 'another-password')).status).toBe(200);
      const removed = await request(saved.app)
        .patch(`${links()}/${link.id}`)
        .send({ password: null });
      expect(removed.body.hasPassword).toBe(false);
      expect((await request(saved.app).get(shared(link.token))).status).toBe(200);
    });

    test.each([
      ['too short', { password: 'short' }, ['password']],
      ['not text', { password: 12345678 }, ['password']],
      ['an unknown member', { pasword: 'misspelt-member' }, ['pasword']],
    ])('a password %s is a 400', async (_name, body, path) => {
      const problem = expectProblem(
        await request(saved.app).post(links()).send(body),
        400,
        '/api/problems/invalid-request',
      );
      expect(problem.errors!.map((e) => e.path)).toContainEqual(path);
    });

    test('PATCH needs a member, a link of this workspace, and refuses a null body', async () => {
      const link = await create();
      expectProblem(
        await request(saved.app).patch(`${links()}/${link.id}`).send({}),
        400,
        '/api/problems/invalid-request',
      );
      expectProblem(
        await request(saved.app)
          .patch(`${links()}/${link.id}`)
          .set('Content-Type', 'application/json')
          .send('null'),
        400,
        '/api/problems/invalid-request',
      );
      const other = await postWorkspace(saved.app, { name: 'Elsewhere' });
      expectProblem(
        await request(saved.app)
          .patch(`${links(other.id)}/${link.id}`)
          .send({ label: 'x' }),
        404,
      );
    });

    test('ten wrong passwords from one client, then even the right one waits (429)', async () => {
      const fresh = saved.withConfig({});
      const link = await create({ password: 'the-right-one' });
      const attempt = (password: string) =>
        request(fresh)
          .post(`${shared(link.token)}/unlock`)
          .send({ password });
      // A right password does not count against the budget.
      expect((await attempt('the-right-one')).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}-guess`)).status).toBe(401);
      const refused = await attempt('the-right-one');
      const problem = expectProblem(refused, 429);
      expect(problem.detail).toMatch(/at most 10 every 15 minutes/);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    });

    test('an unknown, revoked or mangled token is the same 404 for unlock as for GET', async () => {
      expectProblem(await unlock('A'.repeat(43), 'whatever-it-is'), 404);
      expectProblem(await unlock('short', 'whatever-it-is'), 404);
    });
  });

  test('a workspace of large options answers, streamed, each report capped per rule', async () => {
    const ws = await postWorkspace(saved.app, { name: 'Large options' });
    const chart = {
      positions: Array.from({ length: 8_000 }, (_, index) => ({
        id: `p${index}`,
        title: 'Interim Head of IT',
        vacant: true,
        ...(index === 0 ? {} : { reportsTo: `p${index - 1}` }),
      })),
    };
    for (const name of ['A', 'B', 'C']) await postScenario(saved.app, ws.id, { name, chart });
    const link = (await request(saved.app).post(links(ws.id))).body as { token: string };
    const res = await request(saved.app).get(`/api/v1/shared/${link.token}`);
    expect(res.status).toBe(200);
    const body = sharedWorkspaceSchema.parse(res.body);
    expect(body.scenarios.map((s) => s.name)).toEqual(['A', 'B', 'C']);
    for (const scenario of body.scenarios) {
      expect(scenario.chart.positions).toHaveLength(8_000);
      expect(scenario.chart.positions[7_999]).toEqual(chart.positions[7_999]);
      expect(scenario.report.findings.filter((f) => f.ruleId === 'narrow-span')).toHaveLength(100);
      expect(scenario.report.omittedFindings).toContainEqual({
        ruleId: 'narrow-span',
        count: 7_899,
      });
    }
  });

  test.each(['post', 'put', 'patch', 'delete'] as const)(
    '%s with the token in the path is refused with 405, with or without the key',
    async (method) => {
      const link = await create();
      for (const app of [saved.app, saved.withConfig({ apiKey: 'k'.repeat(40) })]) {
        const url = `/api/v1/shared/${link.token}`;
        const res = await request(app)
          [method](url)
          .set('Authorization', `Bearer ${link.token}`)
          .send({
            name: 'Hacked',
          });
        expectProblem(res, 405);
        expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
        for (const sub of ['/scenarios', '/share-links', '/anything']) {
          const nested = await request(app)[method](`${url}${sub}`).send({ name: 'Hacked' });
          expect(nested.status, `${method} ${url}${sub}`).toBeGreaterThanOrEqual(400);
          expect(nested.status).not.toBe(500);
        }
      }
      const after = await request(saved.app).get(`/api/v1/shared/${link.token}`);
      expect(after.body.workspace.name).toBe('Leadership 2027');
    },
  );
});
