import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { testApp } from '../testing/test-app.js';
import { buildOpenApiDocument } from './document.js';
import { serializeOpenApi } from './serialize.js';

const generated = buildOpenApiDocument();
const committed = readFileSync(new URL('./openapi.json', import.meta.url), 'utf8');
const { app } = testApp();

type Operation = {
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, unknown>;
};

function operations(): [string, string, Operation][] {
  return Object.entries(generated.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(
      ([method, operation]) => [method, path, operation] as [string, string, Operation],
    ),
  );
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

  test('documents the contract’s endpoints, each with problem responses', () => {
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
    for (const [, , operation] of operations()) {
      expect(Object.keys(operation.responses)).toEqual(
        expect.arrayContaining(['200', '429', '500']),
      );
    }
  });

  test('every documented operation is served (no 404 or 405)', async () => {
    for (const [method, path] of operations()) {
      const url = path.replace('{slug}', 'invalid-json');
      const res = await (method === 'post'
        ? request(app).post(url).send({})
        : request(app).get(url));
      expect([404, 405], `${method} ${url}`).not.toContain(res.status);
    }
  });

  test('every request example is accepted by the endpoint it documents', async () => {
    let examples = 0;
    for (const [method, path, operation] of operations()) {
      const content = operation.requestBody?.content['application/json'];
      for (const [name, example] of Object.entries(content?.examples ?? {})) {
        examples++;
        expect(method).toBe('post');
        const res = await request(app)
          .post(path)
          .send(example.value as object);
        expect(res.status, `${path} example ${name}: ${res.text}`).toBe(200);
      }
    }
    expect(examples).toBeGreaterThanOrEqual(3);
  });

  test('includes the contract’s example chart and a report example', () => {
    expect(committed).toContain('Administrerende direktør');
    const validate = operations().find(([, path]) => path === '/api/v1/validate')![2];
    expect(JSON.stringify(validate.responses['200'])).toContain('cto-under-cio');
  });
});
