import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOpenApiDocument } from '../openapi/document.js';
import { expectProblem } from '../testing/expect-problem.js';
import { documentedPathValues, type SavedApp, savedApp } from '../testing/saved-app.js';
import { testBackends } from '../testing/test-databases.js';

// Every documented operation (the OpenAPI document is the route list: an endpoint added there is
// covered here without a line more) × hostile variants of its path, headers and body. Each must be
// a 4xx problem document, no secret sent may reach the log, and the server must serve normally
// afterwards, with nothing polluted and nothing saved changed.

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  hasBody: boolean;
}

const operations: Operation[] = Object.entries(buildOpenApiDocument().paths ?? {}).flatMap(
  ([path, item]) =>
    Object.entries(item as Record<string, { requestBody?: unknown }>).map(([method, op]) => ({
      method: method as Operation['method'],
      path,
      hasBody: op.requestBody !== undefined,
    })),
);

/** Secrets a careless client might send; none of them may be logged. */
const secrets = {
  bearer: 'hostile-bearer-secret-0123456789',
  query: 'hostile-query-secret-0123456789',
  inPath: 'HostileSecretInThePath0123456789abcdefABCDE',
  password: 'hostile-password-in-a-body',
};

const bodyVariants: [string, string | Buffer, string, number[]][] = [
  ['malformed JSON', '{"name": ', 'application/json', [400]],
  ['a body over the limit', `{"name": "${'x'.repeat(20_000)}"}`, 'application/json', [413]],
  [
    'JSON in UTF-16',
    Buffer.from('{"name": "x"}', 'utf16le'),
    'application/json; charset=utf-16',
    [415],
  ],
  [
    'bytes that are not UTF-8',
    Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    'application/json',
    [400],
  ],
  ['a __proto__ key', '{"__proto__": {"polluted": true}, "name": "x"}', 'application/json', [400]],
  [
    'a nested __proto__ key',
    '{"chart": {"positions": [], "__proto__": {"polluted": true}}}',
    'application/json',
    [400],
  ],
  [
    'a constructor.prototype member',
    '{"constructor": {"prototype": {"polluted": true}}}',
    'application/json',
    [400],
  ],
  ['a null body', 'null', 'application/json', [400]],
  ['an array body', '[]', 'application/json', [400]],
  [
    'numbers out of range',
    '{"version": 1e300, "limit": -1, "name": 99999999999999999999}',
    'application/json',
    [400],
  ],
  ['JSON nested too deep', `${'['.repeat(200)}${']'.repeat(200)}`, 'application/json', [400]],
  ['a form body', 'name=x&__proto__[polluted]=1', 'application/x-www-form-urlencoded', [415]],
  [
    'a password to a route that takes none',
    JSON.stringify({ password: secrets.password, chart: exampleChart }),
    'application/json',
    [400],
  ],
];

const pathVariants: [string, (param: string) => string][] = [
  ['a traversal', () => '..%2F..%2F..%2Fetc%2Fpasswd'],
  ['a traversal with dots', () => '....%2F%2E%2E%2Fsecrets'],
  [
    'an integer past PostgreSQL’s',
    (param) => (param === 'version' ? '2147483648' : 'A'.repeat(22)),
  ],
  ['a huge number', () => '99999999999999999999999'],
  ['a negative number', () => '-1'],
  ['a secret-looking value', () => secrets.inPath],
  ['an encoded NUL', () => 'abc%00def'],
];

describe.each(testBackends())('hostile requests to every endpoint on $name', (backend) => {
  let saved: SavedApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    saved = await savedApp(backend, { bodyLimit: 16 * 1024, rateLimitMax: 0 });
    ids = await documentedPathValues(saved.app, exampleChart);
  });
  afterAll(async () => {
    // Nothing was changed, and the server serves on.
    const workspace = await request(saved.app).get(`/api/v1/workspaces/${ids.workspaceId}`);
    expect(workspace.body).toMatchObject({ name: 'Documented paths', version: 1 });
    const scenario = await request(saved.app).get(
      `/api/v1/workspaces/${ids.workspaceId}/scenarios/${ids.scenarioId}`,
    );
    expect(scenario.body).toMatchObject({ version: 1, chart: exampleChart });
    expect((await request(saved.app).get('/api/health')).status).toBe(200);
    expect(
      (await request(saved.app).post('/api/v1/validate').send({ chart: exampleChart })).status,
    ).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const logged = JSON.stringify(saved.logs);
    for (const secret of [...Object.values(secrets), ids.token!]) {
      expect(logged).not.toContain(secret);
    }
    await saved.dispose();
  });

  const fill = (path: string, param?: (name: string) => string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) =>
      param === undefined ? (ids[name] ?? name) : param(name),
    );

  /** A request with credentials in every place a careless client might put them. */
  const send = (operation: Operation, url: string) =>
    request(saved.app)
      [operation.method](`${url}?api_key=${secrets.query}&token=${secrets.query}`)
      .set('Authorization', `Bearer ${secrets.bearer}`)
      .set('If-Match', '"999"');

  const withBody = operations.filter((operation) => operation.hasBody);
  const withParams = operations.filter((operation) => operation.path.includes('{'));

  test('the route list is the OpenAPI document, with its bodies and parameters', () => {
    expect(operations.length).toBeGreaterThanOrEqual(25);
    expect(withBody.length).toBeGreaterThanOrEqual(10);
    expect(withParams.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(withBody)('$method $path', (operation) => {
    test.each(bodyVariants)('%s is a 4xx problem document', async (_name, body, type, statuses) => {
      const res = await send(operation, fill(operation.path))
        .set('Content-Type', type)
        .serialize((value) => value)
        .send(body);
      // A route that checks If-Match or the id before it reads the body may answer that first.
      // The password routes also count wrong tries (429 after ten).
      const expected = [...statuses, 404, 412, 428, 429];
      expect(expected, `${res.status} ${res.text.slice(0, 300)}`).toContain(res.status);
      expectProblem(res, res.status, String(res.body?.type));
    });
  });

  describe.each(withParams)('$method $path', (operation) => {
    test.each(pathVariants)(
      'with %s in the path is a 4xx problem document',
      async (_name, param) => {
        const res = await send(operation, fill(operation.path, param)).send({});
        expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        expectProblem(res, res.status, String(res.body?.type));
      },
    );
  });
});
