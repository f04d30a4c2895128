import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../testing/test-app.js';
import { type TestDatabase, testBackends } from '../testing/test-databases.js';
import { type SharedRateLimitStores, sharedRateLimitStores } from './shared-rate-limit-store.js';

// Two API processes on one PostgreSQL, as behind a load balancer: each has its own store object
// and connection pool, as separate processes would, and the limit holds across both.

async function untilUnused(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query<{ others: number }>(
        'SELECT count(*)::int AS others FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      if (rows[0]?.others === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

const postgres = testBackends().find((backend) => backend.name === 'PostgreSQL');

describe.skipIf(postgres === undefined)('the shared rate limit on PostgreSQL', () => {
  let database: TestDatabase;
  const stores: SharedRateLimitStores[] = [];
  beforeAll(async () => {
    database = await postgres!.create();
    if (database.config.kind !== 'postgres') throw new Error('expected a PostgreSQL database');
    for (let i = 0; i < 2; i++) stores.push(sharedRateLimitStores(database.config.url));
    await Promise.all(stores.map((store) => store.ready()));
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    // Each store checks its migrations on a connection of its own, without telling when it is
    // done: dropping the database under one would fail it.
    if (database.config.kind === 'postgres') await untilUnused(database.config.url);
    await database.drop();
  });

  test('a client gets the limit once across two processes, not once per process', async () => {
    const [first, second] = stores.map(
      (store) =>
        testApp(
          { rateLimitMax: 3, rateLimitWindowMs: 60_000 },
          undefined,
          undefined,
          store.storeFor,
        ).app,
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
});
