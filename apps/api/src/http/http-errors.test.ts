import { gzipSync } from 'node:zlib';
import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { testApp } from '../testing/test-app.js';

const { app } = testApp();

function postRaw(body: string | Buffer, contentType = 'application/json') {
  return request(app).post('/api/v1/validate').set('Content-Type', contentType).send(body);
}

describe('malformed JSON', () => {
  test.each([
    ['a syntax error', '{"chart": {'],
    ['a missing quote', '{chart: {}}'],
    ['trailing garbage', '{"chart": {"positions": []}} and more'],
    ['a single quote', "{'chart': {}}"],
    ['NaN', '{"chart": NaN}'],
  ])('%s is a 400 invalid-json problem', async (_name, body) => {
    const problem = expectProblem(await postRaw(body), 400, '/api/problems/invalid-json');
    expect(problem.detail).toMatch(/^The request body is not valid JSON/);
  });

  test.each(['[]', '"chart"', '42', 'null', 'true'])(
    'well-formed JSON of the wrong shape (%s) is a 400 invalid-request',
    async (body) => {
      const problem = expectProblem(await postRaw(body), 400, '/api/problems/invalid-request');
      expect(problem.errors).toEqual([
        { path: [], message: 'The request body must be a JSON object with "chart", "rules"' },
      ]);
    },
  );
});

describe('body size', () => {
  test('a body over the configured limit is a 413 naming the limit', async () => {
    const { app: small } = testApp({ bodyLimit: 1024 });
    const body = JSON.stringify({ chart: { positions: [{ id: 'a', title: 'x'.repeat(2000) }] } });
    const res = await request(small)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .send(body);
    const problem = expectProblem(res, 413);
    expect(problem.limit).toBe(1024);
    expect(problem.detail).toBe('The request body is larger than the limit of 1 KB.');
  });

  test('the limit applies to the decompressed body (no zip bombs)', async () => {
    const { app: small } = testApp({ bodyLimit: 64 * 1024 });
    const bomb = gzipSync(
      JSON.stringify({ chart: { positions: [{ id: 'a', title: ' '.repeat(1_000_000) }] } }),
    );
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await request(small)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize((body) => body)
      .send(bomb);
    expectProblem(res, 413);
  });

  test('a gzip-compressed body within the limit is accepted', async () => {
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .serialize((body) => body)
      .send(gzipSync(JSON.stringify({ chart: exampleChart })));
    expect(res.status).toBe(200);
  });
});

describe('content type', () => {
  test.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/octet-stream',
  ])('%s is a 415 problem with Accept-Post', async (type) => {
    const res = await postRaw(JSON.stringify({ chart: exampleChart }), type);
    const problem = expectProblem(res, 415);
    expect(problem.detail).toContain('application/json');
    expect(res.headers['accept-post']).toBe('application/json');
  });

  test.each([
    ['latin1', Buffer.from('{}', 'latin1')],
    ['utf-16', Buffer.from('\ufeff{"chart": {"positions": []}}', 'utf16le')],
    ['UTF-16LE', Buffer.from('{"chart": {"positions": []}}', 'utf16le')],
    ['"utf-16"', Buffer.from('{"chart": {"positions": []}}', 'utf16le')],
    ['utf-32', Buffer.from('{}')],
    ['utf8', Buffer.from('{}')],
  ])('a JSON body declared as charset=%s is a 415 saying to send UTF-8', async (charset, body) => {
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', `application/json; charset=${charset}`)
      .serialize((bytes) => bytes)
      .send(body);
    const problem = expectProblem(res, 415);
    expect(problem.detail).toMatch(/UTF-8/);
  });

  test.each([
    ['a lone continuation byte', Buffer.from([0x80])],
    ['a Latin-1 "ø"', Buffer.from('ø', 'latin1')],
    ['an overlong "/"', Buffer.from([0xc0, 0xaf])],
    ['a surrogate encoded in UTF-8', Buffer.from([0xed, 0xa0, 0x80])],
  ])('%s in the body is a 400, not a U+FFFD in the data', async (_name, bad) => {
    const body = Buffer.concat([
      Buffer.from('{"chart": {"positions": [{"id": "a", "title": "'),
      bad,
      Buffer.from('"}]}}'),
    ]);
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .serialize((bytes) => bytes)
      .send(body);
    const problem = expectProblem(res, 400);
    expect(problem.detail).toMatch(/not valid UTF-8/);
  });

  test('an unsupported content encoding is a 415', async () => {
    const res = await request(app)
      .post('/api/v1/validate')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'compress')
      .send('{}');
    expectProblem(res, 415);
  });

  test('application/json with a charset and +json types are accepted', async () => {
    const body = JSON.stringify({ chart: exampleChart });
    expect((await postRaw(body, 'application/json; charset=utf-8')).status).toBe(200);
    expect((await postRaw(body, 'application/json;charset="UTF-8"')).status).toBe(200);
    expect((await postRaw(body, 'application/vnd.orgwise+json')).status).toBe(200);
  });
});

describe('routing', () => {
  test.each([
    ['GET', '/api/nope'],
    ['GET', '/api'],
    ['GET', '/favicon.ico'],
    ['POST', '/'],
    ['POST', '/api/v2/validate'],
    ['GET', '/api/v1/validate/extra'],
    ['DELETE', '/api/v1'],
  ])('%s %s is a 404 problem', async (method, path) => {
    const res = await request(app)[method.toLowerCase() as 'get' | 'post' | 'delete'](path);
    // (GET / without a web build is a page pointing to the API: features/web/web-app.test.ts.)
    const problem = expectProblem(res, 404);
    expect(problem.instance).toBe(path);
  });

  test.each([
    ['GET', '/api/v1/validate', 'POST, OPTIONS'],
    ['PUT', '/api/v1/validate', 'POST, OPTIONS'],
    ['DELETE', '/api/v1/apply', 'POST, OPTIONS'],
    ['PATCH', '/api/v1/rules', 'GET, HEAD, OPTIONS'],
    ['POST', '/api/openapi.json', 'GET, HEAD, OPTIONS'],
  ])('%s %s is a 405 problem with Allow: %s', async (method, path, allow) => {
    const res =
      await request(app)[method.toLowerCase() as 'get' | 'put' | 'delete' | 'patch'](path);
    expectProblem(res, 405);
    expect(res.headers.allow).toBe(allow);
  });

  test('OPTIONS answers 204 with the allowed methods', async () => {
    const res = await request(app).options('/api/v1/validate');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('POST, OPTIONS');
  });
});

describe('rate limit', () => {
  test('over the per-client budget is a 429 problem with Retry-After and RateLimit headers', async () => {
    const { app: limited } = testApp({ rateLimitMax: 2, rateLimitWindowMs: 60_000 });
    const first = await request(limited).get('/api/v1/rules');
    expect(first.status).toBe(200);
    expect(first.headers['ratelimit-policy']).toBe('"2-in-1min"; q=2; w=60');
    expect(first.headers.ratelimit).toMatch(/r=1; t=\d+/);
    await request(limited).post('/api/v1/validate').send({ chart: exampleChart });
    const res = await request(limited).get('/api/v1/roles');
    const problem = expectProblem(res, 429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(problem.detail).toMatch(/at most 2 every minute/);
  });

  test('0 turns the limiter off', async () => {
    const { app: unlimited } = testApp({ rateLimitMax: 0 });
    const res = await request(unlimited).get('/api/v1/rules');
    expect(res.headers.ratelimit).toBeUndefined();
  });
});
