import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { testApp } from '../testing/test-app.js';

const key = 'k3JzVq0cR1mXo8Lw2bT9aA-test-key';
const { app, logs } = testApp({ apiKey: key });
const bearer = `Bearer ${key}`;

describe('ORGWISE_API_KEY', () => {
  test('saved work needs the key: missing is a 401 with WWW-Authenticate', async () => {
    const res = await request(app).post('/api/v1/workspaces').send({ name: 'Acme' });
    const problem = expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="Orgwise"');
    expect(problem.detail).toContain('Authorization: Bearer <key>');
  });

  test.each([
    ['a wrong key', `Bearer ${key.slice(0, -1)}x`],
    ['a shorter key', 'Bearer short'],
    ['a much longer key', `Bearer ${key.repeat(50)}`],
    ['the key with a different case', `Bearer ${key.toUpperCase()}`],
  ])('%s is a 401 saying the key is not valid', async (_name, header) => {
    const res = await request(app)
      .post('/api/v1/workspaces')
      .set('Authorization', header)
      .send({ name: 'Acme' });
    const problem = expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="Orgwise", error="invalid_token"');
    expect(problem.detail).toMatch(/not the one this server expects/);
  });

  test.each([
    ['Basic credentials', `Basic ${Buffer.from(`user:${key}`).toString('base64')}`],
    ['the key without a scheme', key],
    ['an empty bearer', 'Bearer '],
  ])('%s is a 401 asking for a bearer key', async (_name, header) => {
    const res = await request(app)
      .get('/api/v1/workspaces/AAAAAAAAAAAAAAAAAAAAAA')
      .set('Authorization', header);
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="Orgwise"');
  });

  test('with the key every saved-work route works (scheme in any case)', async () => {
    const created = await request(app)
      .post('/api/v1/workspaces')
      .set('Authorization', bearer)
      .send({ name: 'Acme' });
    expect(created.status).toBe(201);
    const read = await request(app)
      .get(created.headers.location!)
      .set('Authorization', `bearer ${key}`);
    expect(read.status).toBe(200);
    const scenarios = await request(app)
      .get(`${created.headers.location}/scenarios`)
      .set('Authorization', bearer);
    expect(scenarios.status).toBe(200);
    for (const path of ['', '/scenarios', '/scenarios/AAAAAAAAAAAAAAAAAAAAAA/revisions']) {
      expectProblem(await request(app).get(`${created.headers.location}${path}`), 401);
    }
  });

  test('the key is checked before the body is read', async () => {
    const res = await request(app)
      .post('/api/v1/workspaces')
      .set('Content-Type', 'application/json')
      .send('{ not json');
    expectProblem(res, 401);
  });

  test('validate, apply, roles and rules stay open, with or without a trailing slash', async () => {
    expect((await request(app).post('/api/v1/validate').send({ chart: exampleChart })).status).toBe(
      200,
    );
    expect(
      (await request(app).post('/api/v1/validate/').send({ chart: exampleChart })).status,
    ).toBe(200);
    expect(
      (await request(app).post('/api/v1/apply').send({ chart: exampleChart, patch: [] })).status,
    ).toBe(200);
    expect((await request(app).get('/api/v1/roles')).status).toBe(200);
    expect((await request(app).get('/api/v1/rules')).status).toBe(200);
  });

  test('health, the OpenAPI document, the docs and problem types stay open', async () => {
    for (const path of [
      '/api/health',
      '/api/openapi.json',
      '/api/docs',
      '/api/problems/invalid-json',
    ]) {
      expect((await request(app).get(path)).status, path).toBe(200);
    }
  });

  test('any other /api/v1 path is closed, even one that does not exist', async () => {
    expectProblem(await request(app).get('/api/v1/nothing-here'), 401);
    expectProblem(await request(app).get('/api/v1/VALIDATE/..%2Fworkspaces'), 401);
  });

  test('a preflight request passes without credentials', async () => {
    const res = await request(app).options('/api/v1/workspaces');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('POST, OPTIONS');
  });

  test('without ORGWISE_API_KEY no key is asked for', async () => {
    const open = testApp().app;
    expect((await request(open).post('/api/v1/workspaces').send({ name: 'Open' })).status).toBe(
      201,
    );
  });

  test('the key never reaches the log', () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain(key.slice(0, 12));
  });
});
