import { workspaceSchema } from '@orgwise/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../../testing/saved-app.js';
import { testBackends } from '../../testing/test-databases.js';

describe.each(testBackends())('workspaces on $name', (backend) => {
  let saved: SavedApp;
  beforeAll(async () => {
    saved = await savedApp(backend);
  });
  afterAll(() => saved.dispose());

  const url = (id: string) => `/api/v1/workspaces/${id}`;

  describe('POST /api/v1/workspaces', () => {
    test('creates a workspace: 201 with Location, ETag "1" and the saved fields', async () => {
      const res = await request(saved.app)
        .post('/api/v1/workspaces')
        .send({
          name: '  Leadership 2027 ',
          client: 'Acme A/S',
          notes: 'Board meeting on 14 March.',
          sharedNotes: 'Two options for the board.',
          rules: { 'span-of-control': ['warning', { max: 8 }] },
        });
      expect(res.status).toBe(201);
      const workspace = workspaceSchema.parse(res.body);
      expect(workspace).toMatchObject({
        name: 'Leadership 2027',
        client: 'Acme A/S',
        notes: 'Board meeting on 14 March.',
        sharedNotes: 'Two options for the board.',
        rules: { 'span-of-control': ['warning', { max: 8 }] },
        version: 1,
      });
      expect(res.headers.location).toBe(`/api/v1/workspaces/${workspace.id}`);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers['cache-control']).toBe('private, no-cache');
      expect(workspace.createdAt).toBe(workspace.updatedAt);
      expect(Date.parse(workspace.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    test('client, notes and rules are optional', async () => {
      const workspace = await postWorkspace(saved.app, { name: 'Minimal' });
      expect(workspace).toMatchObject({ client: null, notes: '', sharedNotes: '', rules: {} });
    });

    test('ids are 22 base64url characters (128 random bits), all different', async () => {
      const ids = await Promise.all(
        Array.from({ length: 20 }, async () => (await postWorkspace(saved.app)).id),
      );
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test.each<[string, unknown, (string | number)[]]>([
      ['no name', {}, ['name']],
      ['an empty name', { name: '   ' }, ['name']],
      ['a name of 201 characters', { name: 'x'.repeat(201) }, ['name']],
      ['a number for a name', { name: 7 }, ['name']],
      ['an empty client', { name: 'A', client: '' }, ['client']],
      ['notes over 20,000 characters', { name: 'A', notes: 'x'.repeat(20_001) }, ['notes']],
      [
        'shared notes over 20,000 characters',
        { name: 'A', sharedNotes: 'x'.repeat(20_001) },
        ['sharedNotes'],
      ],
      [
        'an unknown rule',
        { name: 'A', rules: { 'no-such-rule': 'off' } },
        ['rules', 'no-such-rule'],
      ],
      ['an unknown member', { name: 'A', owner: 'me' }, ['owner']],
      ['a NUL character in the notes', { name: 'A', notes: 'a\u0000b' }, ['notes']],
      ['an unpaired surrogate in the name', { name: 'A\ud800' }, ['name']],
    ])('%s is a 400 naming the member', async (_name, body, path) => {
      const res = await request(saved.app)
        .post('/api/v1/workspaces')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      const problem = expectProblem(res, 400, '/api/problems/invalid-request');
      expect(problem.errors!.map((issue) => issue.path)).toContainEqual(path);
    });

    test('there is no list of workspaces: GET /api/v1/workspaces is a 405', async () => {
      await postWorkspace(saved.app);
      const res = await request(saved.app).get('/api/v1/workspaces');
      expectProblem(res, 405);
      expect(res.headers.allow).toBe('POST, OPTIONS');
    });
  });

  describe('GET /api/v1/workspaces/{id}', () => {
    test('answers the workspace with its version as ETag; If-None-Match gives 304', async () => {
      const created = await postWorkspace(saved.app, { name: 'Read me', client: 'Globex' });
      const res = await request(saved.app).get(url(created.id));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(created);
      expect(res.headers.etag).toBe('"1"');
      const again = await request(saved.app).get(url(created.id)).set('If-None-Match', '"1"');
      expect(again.status).toBe(304);
      const head = await request(saved.app).head(url(created.id));
      expect(head.status).toBe(200);
      expect(head.headers.etag).toBe('"1"');
    });

    test('an unknown id is a 404 problem', async () => {
      const problem = expectProblem(
        await request(saved.app).get(url('AAAAAAAAAAAAAAAAAAAAAA')),
        404,
      );
      expect(problem.detail).toBe(
        'There is no workspace with the id "AAAAAAAAAAAAAAAAAAAAAA". It may have been deleted, or the link is incomplete.',
      );
    });

    test.each([
      ['too short', 'abc'],
      ['too long', 'A'.repeat(23)],
      ['with characters ids never have', 'AAAAAAAAAAAAAAAAAAAA%2E'],
      ['very long', 'x'.repeat(5000)],
      ['a SQL fragment', "x' OR '1'='1"],
    ])('a malformed id (%s) is a 404 saying what ids look like', async (_name, id) => {
      const res = await request(saved.app).get(`/api/v1/workspaces/${encodeURIComponent(id)}`);
      const problem = expectProblem(res, 404);
      expect(problem.detail).toMatch(
        /^There is no workspace ".*": workspace ids are 22 characters/,
      );
      // The id is quoted in the message only up to 60 characters.
      expect(problem.detail!.length).toBeLessThan(200);
    });
  });

  describe('PATCH /api/v1/workspaces/{id}', () => {
    test('changes the members sent if If-Match names the current version', async () => {
      const created = await postWorkspace(saved.app, { name: 'Before', client: 'Initech' });
      const res = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"1"')
        .send({
          name: 'After',
          notes: 'New notes',
          sharedNotes: 'For everyone',
          rules: { 'narrow-span': 'off' },
        });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        id: created.id,
        name: 'After',
        client: 'Initech',
        notes: 'New notes',
        sharedNotes: 'For everyone',
        rules: { 'narrow-span': 'off' },
        version: 2,
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(res.body.createdAt));
      expect((await request(saved.app).get(url(created.id))).body).toEqual(res.body);

      const cleared = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"2"')
        .send({ client: null });
      expect(cleared.body).toMatchObject({ client: null, version: 3 });
    });

    test('a stale If-Match is a 412 with the current workspace, and nothing changes', async () => {
      const created = await postWorkspace(saved.app, { name: 'Shared' });
      const first = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"1"')
        .send({ notes: 'Mine' });
      expect(first.status).toBe(200);
      const second = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"1"')
        .send({ notes: 'Theirs' });
      const problem = expectProblem(second, 412, '/api/problems/version-mismatch');
      expect(problem.currentVersion).toBe(2);
      expect(problem.current).toEqual(first.body);
      expect(second.headers.etag).toBe('"2"');
      expect(problem.detail).toContain('the current version is 2');
      expect((await request(saved.app).get(url(created.id))).body.notes).toBe('Mine');
    });

    test('without If-Match it is a 428, before the body is even read', async () => {
      const created = await postWorkspace(saved.app);
      const res = await request(saved.app)
        .patch(url(created.id))
        .set('Content-Type', 'application/json')
        .send('{ not json');
      const problem = expectProblem(res, 428, '/api/problems/if-match-required');
      expect(problem.detail).toContain('If-Match');
    });

    test('If-Match: * is refused: a change must name the version it is based on', async () => {
      const created = await postWorkspace(saved.app);
      const res = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '*')
        .send({ name: 'Blind' });
      expectProblem(res, 428, '/api/problems/if-match-required');
    });

    test.each([
      ['an ETag of something else', '"xyzzy"'],
      ['a version that never was', '"99"'],
      ['a bare word', 'latest'],
    ])('If-Match with %s is a 412 with the current version', async (_name, header) => {
      const created = await postWorkspace(saved.app);
      const res = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', header)
        .send({ name: 'X' });
      const problem = expectProblem(res, 412, '/api/problems/version-mismatch');
      expect(problem.currentVersion).toBe(1);
    });

    test('a weak or unquoted tag counts as its version; a list of tags is a 400', async () => {
      const created = await postWorkspace(saved.app);
      const weak = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', 'W/"1"')
        .send({ name: 'Weak' });
      expect(weak.status).toBe(200);
      const bare = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '2')
        .send({ name: 'Bare' });
      expect(bare.status).toBe(200);
      const list = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"3", "4"')
        .send({ name: 'List' });
      expectProblem(list, 400);
    });

    test('an empty change is a 400 (it would only bump the version)', async () => {
      const created = await postWorkspace(saved.app);
      const res = await request(saved.app).patch(url(created.id)).set('If-Match', '"1"').send({});
      const problem = expectProblem(res, 400, '/api/problems/invalid-request');
      expect(problem.errors![0]!.message).toMatch(/at least one of/);
    });

    test('bad rule settings are a 400 under "rules"', async () => {
      const created = await postWorkspace(saved.app);
      const res = await request(saved.app)
        .patch(url(created.id))
        .set('If-Match', '"1"')
        .send({ rules: { 'span-of-control': ['warning', { max: 0 }] } });
      const problem = expectProblem(res, 400, '/api/problems/invalid-request');
      expect(problem.errors!.map((issue) => issue.path)).toContainEqual([
        'rules',
        'span-of-control',
        1,
        'max',
      ]);
    });

    test('an unknown workspace is a 404', async () => {
      const res = await request(saved.app)
        .patch(url('BBBBBBBBBBBBBBBBBBBBBB'))
        .set('If-Match', '"1"')
        .send({ name: 'Ghost' });
      expectProblem(res, 404);
    });
  });

  describe('DELETE /api/v1/workspaces/{id}', () => {
    test('deletes the workspace with its scenarios once If-Match names its version', async () => {
      const workspace = await postWorkspace(saved.app);
      const scenario = await postScenario(saved.app, workspace.id, { name: 'Current' });
      expectProblem(
        await request(saved.app).delete(url(workspace.id)),
        428,
        '/api/problems/if-match-required',
      );
      const stale = await request(saved.app).delete(url(workspace.id)).set('If-Match', '"7"');
      expect(expectProblem(stale, 412, '/api/problems/version-mismatch').current).toMatchObject({
        id: workspace.id,
        version: 1,
      });

      const res = await request(saved.app).delete(url(workspace.id)).set('If-Match', '"1"');
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      expectProblem(await request(saved.app).get(url(workspace.id)), 404);
      expectProblem(
        await request(saved.app).get(`${url(workspace.id)}/scenarios/${scenario.id}`),
        404,
      );
      expect(await saved.store.listRevisions(workspace.id, scenario.id, { limit: 10 })).toBe(
        undefined,
      );
      expectProblem(await request(saved.app).delete(url(workspace.id)).set('If-Match', '"1"'), 404);
    });
  });
});
