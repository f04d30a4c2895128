import { exampleChart } from '@orgwise/contract';
import request from 'supertest';
import { describe, expect, test, vi } from 'vitest';
import { expectProblem } from '../testing/expect-problem.js';
import { testApp } from '../testing/test-app.js';

// A fault inside the domain stands for any bug: the client must learn nothing but a request id.
vi.mock('@orgwise/domain', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@orgwise/domain')>()),
  validate: () => {
    throw new Error('database password is hunter2');
  },
}));

describe('an internal fault', () => {
  test('is a 500 problem with a generic message and the request id; details go only to the log', async () => {
    const { app, logs } = testApp();
    const res = await request(app)
      .post('/api/v1/validate')
      .set('X-Request-Id', 'trace-500')
      .send({ chart: exampleChart });
    const problem = expectProblem(res, 500);
    expect(problem.requestId).toBe('trace-500');
    expect(problem.detail).toBe(
      'Something went wrong on our side. The error has been logged; quote the requestId when you report it.',
    );
    expect(res.text).not.toContain('hunter2');
    expect(res.text).not.toMatch(/Error:|\.[jt]s\b/);

    const entry = logs.find(
      (line) => (line.req as { id?: string } | undefined)?.id === 'trace-500',
    );
    expect(entry).toMatchObject({ level: 50, res: { statusCode: 500 } });
    const err = entry!.err as { message: string; stack: string };
    expect(err.message).toBe('database password is hunter2');
    expect(err.stack).toMatch(/internal-error\.test\.ts/);
  });

  test('leaves the server able to answer the next request', async () => {
    const { app } = testApp();
    await request(app).post('/api/v1/validate').send({ chart: exampleChart });
    expect((await request(app).get('/api/health')).status).toBe(200);
  });
});
