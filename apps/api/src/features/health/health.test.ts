import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

describe('GET /api/health', () => {
  test('answers 200 {"status":"ok"} and is never cached', async () => {
    const res = await request(testApp().app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  test('answers HEAD without a body', async () => {
    const res = await request(testApp().app).head('/api/health');
    expect(res.status).toBe(200);
    expect(res.text).toBeUndefined();
  });

  test('answers 503 while the server shuts down, so load balancers stop sending traffic', async () => {
    const { app } = testApp({}, () => true);
    const res = await request(app).get('/api/health');
    const problem = expectProblem(res, 503);
    expect(problem.detail).toMatch(/shutting down/);
    expect(res.headers.connection).toBe('close');
  });

  test('is not rate limited', async () => {
    const { app } = testApp({ rateLimitMax: 1 });
    for (let i = 0; i < 5; i++) {
      expect((await request(app).get('/api/health')).status).toBe(200);
    }
    expect((await request(app).get('/api/v1/rules')).status).toBe(200);
    expectProblem(await request(app).get('/api/v1/rules'), 429);
  });

  test('refuses other methods with 405 and an Allow header', async () => {
    const res = await request(testApp().app).post('/api/health').send({});
    expectProblem(res, 405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });
});
