import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultConfig } from '../env.js';
import { testApp } from '../testing/test-app.js';
import { type TestDatabase, testBackends } from '../testing/test-databases.js';
import { budgets } from './rate-limit.js';
import { type SharedRateLimiters, sharedRateLimiters } from './shared-rate-limiters.js';

// Two API processes on one PostgreSQL, as behind a load balancer: each has its own counters and
// connection pool, as separate processes would, and the limit holds across both.

const postgres = testBackends().find((backend) => backend.name === 'PostgreSQL');
const limits = { rateLimitMax: 3, rateLimitWindowMs: 60_000 };

describe.skipIf(postgres === undefined)('the shared rate limit on PostgreSQL', () => {
  let database: TestDatabase;
  let url: string;
  const processes: SharedRateLimiters[] = [];
  beforeAll(async () => {
    database = await postgres!.create();
    if (database.config.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
    url = database.config.url;
    const budgetsOf = budgets(defaultConfig(limits));
    // Both start at once, as processes behind a load balancer do: neither may fail on the other's tables.
    processes.push(
      ...(await Promise.all([
        sharedRateLimiters(url, budgetsOf),
        sharedRateLimiters(url, budgetsOf),
      ])),
    );
  });
  afterAll(async () => {
    await Promise.all(processes.map((shared) => shared.close()));
    await database.drop();
  });

  test('a client gets the limit once across two processes, not once per process', async () => {
    const [first, second] = processes.map(
      (shared) => testApp(limits, undefined, undefined, shared.limiters).app,
    );
    const statuses: number[] = [];
    for (const app of [first!, second!, first!, second!, first!]) {
      statuses.push((await request(app).get('/api/v1/rules')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await request(second!).get('/api/v1/roles');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    // Health checks from the load balancer are never counted.
    expect((await request(first!).get('/api/health')).status).toBe(200);
  });

  test('the counts live in their own schema, not in public', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ schema: string; table: string }>(
        "SELECT table_schema AS schema, table_name AS table FROM information_schema.tables WHERE table_schema IN ('rate_limit', 'public') ORDER BY 2",
      );
      expect(rows.filter((row) => row.schema === 'rate_limit').map((row) => row.table)).toEqual([
        'password_attempts',
        'requests',
      ]);
      expect(rows.filter((row) => row.schema === 'public')).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
