import { problemTypeSchema, problemTypes } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test } from 'vitest';
import { expectProblem } from '../../testing/expect-problem.js';
import { testApp } from '../../testing/test-app.js';

const { app } = testApp();

describe('GET /api/problems/:slug', () => {
  test.each([...problemTypes.keys()])(
    'the type /api/problems/%s resolves to its description',
    async (slug) => {
      const res = await request(app).get(`/api/problems/${slug}`);
      expect(res.status).toBe(200);
      const type = problemTypeSchema.parse(res.body);
      expect(type.type).toBe(`/api/problems/${slug}`);
      expect(type.status).toBeGreaterThanOrEqual(400);
      expect(type.description.length).toBeGreaterThan(40);
    },
  );

  test('an unknown type is a 404 problem', async () => {
    expectProblem(await request(app).get('/api/problems/nope'), 404);
  });

  test('the type a problem document carries resolves', async () => {
    const problem = expectProblem(
      await request(app).post('/api/v1/validate').send({ chart: [] }),
      400,
      '/api/problems/invalid-request',
    );
    const res = await request(app).get(problem.type);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe(problem.title);
    expect(res.body.status).toBe(problem.status);
  });
});
