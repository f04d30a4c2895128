import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import request from 'supertest';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultConfig } from '../env.js';
import { testApp } from '../testing/test-app.js';
import { budgets, memoryLimiter, memoryRateLimiters } from './rate-limit.js';

// A database nobody listens on: every count the store tries fails at once.
const unreachable = new pg.Pool({
  connectionString: 'postgres://orgwise@127.0.0.1:1/orgwise',
  connectionTimeoutMillis: 500,
});
afterAll(() => unreachable.end());

const limits = { rateLimitMax: 2, rateLimitWindowMs: 60_000 };
const ofLimits = budgets(defaultConfig(limits));

function failingStore(insured: boolean): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: unreachable,
    tableName: 'requests',
    tableCreated: true,
    points: limits.rateLimitMax,
    duration: 60,
    ...(insured ? { insuranceLimiter: memoryLimiter(ofLimits.requests) } : {}),
  });
}

describe('when the shared store fails', () => {
  test('the process goes on counting in its own memory', async () => {
    const limiters = { ...memoryRateLimiters(ofLimits), requests: failingStore(true) };
    const { app } = testApp(limits, undefined, undefined, limiters);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await request(app).get('/api/v1/rules')).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  test('without a fallback the request is let through and the failure logged', async () => {
    const limiters = { ...memoryRateLimiters(ofLimits), requests: failingStore(false) };
    const { app, logs } = testApp(limits, undefined, undefined, limiters);
    for (let i = 0; i < 3; i++) expect((await request(app).get('/api/v1/rules')).status).toBe(200);
    expect(logs.filter((line) => String(line.msg).includes('could not count'))).toHaveLength(3);
  });
});

describe('the RateLimit headers', () => {
  test('count down the budget and say when it refills', async () => {
    const { app } = testApp({ rateLimitMax: 5, rateLimitWindowMs: 30_000 });
    const first = await request(app).get('/api/v1/rules');
    expect(first.headers['ratelimit-policy']).toBe('"5-in-30s"; q=5; w=30');
    expect(first.headers.ratelimit).toMatch(/^"5-in-30s"; r=4; t=(30|29)$/);
    const second = await request(app).get('/api/v1/rules');
    expect(second.headers.ratelimit).toMatch(/; r=3; /);
  });
});
