import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../testing/test-app.js';

describe('security headers', () => {
  test('every response carries helmet’s headers and no X-Powered-By', async () => {
    const { app } = testApp();
    for (const res of [
      await request(app).get('/api/health'),
      await request(app).get('/api/nope'),
      await request(app).post('/api/v1/validate').send({ chart: exampleChart }),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});

describe('CORS', () => {
  test('is closed by default: no Access-Control headers, even for a preflight', async () => {
    const { app } = testApp();
    const res = await request(app).get('/api/v1/rules').set('Origin', 'https://example.com');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(app)
      .options('/api/v1/validate')
      .set('Origin', 'https://example.com')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('opens to the origins on the allow-list only', async () => {
    const { app } = testApp({ corsOrigins: ['https://hr.example.com'] });
    const allowed = await request(app)
      .post('/api/v1/validate')
      .set('Origin', 'https://hr.example.com')
      .send({ chart: exampleChart });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://hr.example.com');
    expect(allowed.headers['access-control-expose-headers']).toContain('X-Request-Id');

    const preflight = await request(app)
      .options('/api/v1/validate')
      .set('Origin', 'https://hr.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    expect(preflight.headers['access-control-allow-headers']).toContain('Content-Type');

    const other = await request(app).get('/api/v1/rules').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('lets the editor on another origin save: PATCH with If-Match and a key, ETag readable', async () => {
    const { app } = testApp({ corsOrigins: ['https://editor.example.com'] });
    const preflight = await request(app)
      .options('/api/v1/workspaces/AAAAAAAAAAAAAAAAAAAAAA')
      .set('Origin', 'https://editor.example.com')
      .set('Access-Control-Request-Method', 'PATCH')
      .set('Access-Control-Request-Headers', 'content-type, if-match, authorization');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('PATCH');
    expect(preflight.headers['access-control-allow-methods']).toContain('DELETE');
    for (const header of ['If-Match', 'Authorization']) {
      expect(preflight.headers['access-control-allow-headers']).toContain(header);
    }
    const created = await request(app)
      .post('/api/v1/workspaces')
      .set('Origin', 'https://editor.example.com')
      .send({ name: 'Cross-origin' });
    expect(created.headers['access-control-expose-headers']).toContain('ETag');
    expect(created.headers['access-control-expose-headers']).toContain('Location');
  });

  test('"*" opens it to every origin', async () => {
    const { app } = testApp({ corsOrigins: ['*'] });
    const res = await request(app).get('/api/v1/rules').set('Origin', 'https://any.example');
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('request ids and logs', () => {
  test('every response has an X-Request-Id; a well-formed incoming one is kept', async () => {
    const { app } = testApp();
    const generated = await request(app).get('/api/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(app).get('/api/health').set('X-Request-Id', 'ci-run-42.step:7');
    expect(kept.headers['x-request-id']).toBe('ci-run-42.step:7');
    const replaced = await request(app).get('/api/health').set('X-Request-Id', 'evil id <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('one JSON line per request with id, method, path, status and duration', async () => {
    const { app, logs } = testApp();
    await request(app).get('/api/v1/rules').set('X-Request-Id', 'log-test');
    const entry = logs.find((line) => (line.req as { id?: string }).id === 'log-test');
    expect(entry).toMatchObject({
      level: 30,
      service: 'orgwise-api',
      req: { id: 'log-test', method: 'GET', path: '/api/v1/rules' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(typeof entry!.responseTime).toBe('number');
  });

  test('logs only the first characters of workspace and scenario ids: knowing one gives access', async () => {
    const { app, logs } = testApp();
    const created = await request(app).post('/api/v1/workspaces').send({ name: 'Private' });
    const id: string = created.body.id;
    await request(app).get(`/api/v1/workspaces/${id}/scenarios/${id}/revisions`);
    const paths = logs.map((line) => (line.req as { path: string }).path);
    expect(paths).toEqual([
      '/api/v1/workspaces',
      `/api/v1/workspaces/${id.slice(0, 4)}…/scenarios/${id.slice(0, 4)}…/revisions`,
    ]);
    expect(JSON.stringify(logs)).not.toContain(id);
  });

  test('logs no headers, query strings or bodies (no secrets, no personal data)', async () => {
    const { app, logs } = testApp();
    await request(app)
      .post('/api/v1/validate?token=query-secret')
      .set('Authorization', 'Bearer header-secret')
      .set('Cookie', 'session=cookie-secret')
      .send({ chart: { positions: [{ id: 'a', title: 'CEO', holder: 'Mette Jensen' }] } });
    await request(app)
      .post('/api/v1/validate')
      .set('Authorization', 'Bearer header-secret')
      .send({ chart: { positions: 'Mette Jensen' } });
    const text = JSON.stringify(logs);
    expect(logs.length).toBe(2);
    for (const secret of ['query-secret', 'header-secret', 'cookie-secret', 'Mette Jensen']) {
      expect(text).not.toContain(secret);
    }
  });
});
