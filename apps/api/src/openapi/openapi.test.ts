import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { documentedPathValues } from '../testing/saved-app.js';
import { testApp } from '../testing/test-app.js';
import { buildOpenApiDocument } from './document.js';
import { serializeOpenApi } from './serialize.js';

const generated = buildOpenApiDocument();
const committed = readFileSync(new URL('./openapi.json', import.meta.url), 'utf8');
const { app } = testApp();

type Operation = {
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, unknown>;
  parameters?: { in: string; name: string }[];
  security?: unknown;
};

/** A workspace with a scenario, to fill the documented paths with ids that exist. */
const savedIds = () => documentedPathValues(app);

function fill(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name);
}

/** Changes carry an If-Match no resource has, so they are answered without changing anything. */
function send(method: string, url: string, body: object) {
  switch (method) {
    case 'get':
      return request(app).get(url);
    case 'post':
      return request(app).post(url).set('If-Match', '"999"').send(body);
    case 'patch':
      return request(app).patch(url).set('If-Match', '"999"').send(body);
    case 'put':
      return request(app).put(url).set('If-Match', '"999"').send(body);
    case 'delete':
      return request(app).delete(url).set('If-Match', '"999"');
    default:
      throw new Error(`no client for ${method}`);
  }
}

function operations(): [string, string, Operation][] {
  return Object.entries(generated.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(
      ([method, operation]) => [method, path, operation] as [string, string, Operation],
    ),
  );
}

/**
 * The required query an example is sent with: an enum parameter set to the example's name when
 * that is one of its values (the import's `scim` example is sent with ?format=scim).
 */
function requiredQuery(operation: Operation, example: string): string {
  const parameters = (operation.parameters ?? []) as {
    in: string;
    name: string;
    required?: boolean;
    schema?: { enum?: string[] };
  }[];
  const query = parameters
    .filter((parameter) => parameter.in === 'query' && parameter.required)
    .map((parameter) => {
      const values = parameter.schema?.enum ?? [];
      return `${parameter.name}=${values.includes(example) ? example : values[0]}`;
    });
  return query.length === 0 ? '' : `?${query.join('&')}`;
}

describe('the OpenAPI document', () => {
  test('the committed openapi.json is the generated one (run `pnpm --filter @orgwise/api openapi`)', () => {
    expect(committed).toBe(serializeOpenApi(generated));
  });

  test('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(committed));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  test('is served at GET /api/openapi.json', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual(JSON.parse(committed));
  });

  test('documents the contract’s endpoints, each with its success and problem responses', () => {
    const documented = operations().map(([method, path]) => `${method.toUpperCase()} ${path}`);
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/v1/validate',
        'POST /api/v1/apply',
        'GET /api/v1/roles',
        'GET /api/v1/rules',
        'GET /api/openapi.json',
      ]),
    );
    for (const [method, path, operation] of operations()) {
      const codes = Object.keys(operation.responses);
      expect(
        codes.some((code) => /^2\d\d$/.test(code)),
        `${method} ${path}`,
      ).toBe(true);
      expect(codes, `${method} ${path}`).toEqual(expect.arrayContaining(['429', '500']));
    }
  });

  test('documents saved work: the API key, 401 and 404 everywhere, If-Match on every change', () => {
    const saved = operations().filter(([, path]) => path.startsWith('/api/v1/workspaces'));
    expect(saved.length).toBeGreaterThanOrEqual(12);
    for (const [method, path, operation] of saved) {
      const label = `${method} ${path}`;
      expect(operation.security, label).toEqual([{ apiKey: [] }, {}]);
      expect(Object.keys(operation.responses), label).toEqual(expect.arrayContaining(['401']));
      // Share links have no versions: revoking one twice is harmless, so it takes no If-Match.
      const changes =
        (['patch', 'put', 'delete'].includes(method) || path.endsWith('/restore')) &&
        !path.includes('/share-links');
      const headers = (operation.parameters ?? []).filter((p) => p.in === 'header');
      expect(
        headers.map((p) => p.name),
        label,
      ).toEqual(changes ? ['if-match'] : path.endsWith('/report') ? ['accept-language'] : []);
      if (changes) {
        expect(Object.keys(operation.responses), label).toEqual(
          expect.arrayContaining(['404', '412', '428']),
        );
      }
    }
    expect(generated.components?.securitySchemes?.apiKey).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });

  test('every documented operation is served (no 404 or 405)', async () => {
    const ids = await savedIds();
    for (const [method, path] of operations()) {
      const url = fill(path, ids);
      const res = await send(method, url, {});
      expect([404, 405], `${method} ${url}: ${res.text}`).not.toContain(res.status);
    }
  });

  test('every request example is accepted by the endpoint it documents', async () => {
    let examples = 0;
    for (const [method, path, operation] of operations()) {
      const content = operation.requestBody?.content['application/json'];
      for (const [name, example] of Object.entries(content?.examples ?? {})) {
        examples++;
        expect(method).toBe('post');
        const url = `${fill(path, await savedIds())}${requiredQuery(operation, name)}`;
        const res = await send(method, url, example.value as object);
        expect(res.status, `${path} example ${name}: ${res.text}`).toBeGreaterThanOrEqual(200);
        expect(res.status, `${path} example ${name}: ${res.text}`).toBeLessThan(300);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(5);
  });

  test('includes the contract’s example chart and a report example', () => {
    expect(committed).toContain('Administrerende direktør');
    const validate = operations().find(([, path]) => path === '/api/v1/validate')![2];
    expect(JSON.stringify(validate.responses['200'])).toContain('cto-under-cio');
  });
});
