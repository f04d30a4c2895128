import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PostgresStore } from '@acpr/rate-limit-postgresql';
import type { Store } from 'express-rate-limit';
import pg from 'pg';

// With several API processes behind a load balancer on one PostgreSQL, each process counting on
// its own would let a client make the limit's worth of requests to each of them. With
// DATABASE_URL set, the counts live in that database instead (schema `rate_limit`, made and
// migrated by @acpr/rate-limit-postgresql, a store maintained for express-rate-limit).

/** Makes the store of one named limit; the same name in every process counts together. */
export type RateLimitStores = (limitName: string) => Store;

export interface SharedRateLimitStores {
  storeFor: RateLimitStores;
  /** Resolves once the stores' tables exist (a store creates them when made, without waiting). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How many migrations the installed store brings (its `dist/migrations/<n>-<name>.sql`): they are
 * applied in order and each recorded in the `migrations` table when committed, so the store is
 * ready once all of them are recorded. (Its functions exist in older forms before the last ones
 * run, so their mere existence says nothing.)
 */
function storeMigrationCount(): number {
  const entry = createRequire(import.meta.url).resolve('@acpr/rate-limit-postgresql');
  return readdirSync(path.join(path.dirname(entry), 'migrations')).filter((file) =>
    /^\d+-.+\.sql$/.test(file),
  ).length;
}

export function sharedRateLimitStores(databaseUrl: string): SharedRateLimitStores {
  const stores = new Map<string, PostgresStore>();
  const storeFor = (limitName: string) => {
    let store = stores.get(limitName);
    if (store === undefined) {
      store = new PostgresStore(
        { connectionString: databaseUrl, max: 4 },
        `orgwise-api-${limitName}`,
      );
      stores.set(limitName, store);
    }
    return store;
  };
  // The first store sets the tables up; ready() waits for them.
  storeFor('requests');
  return {
    storeFor,
    async ready() {
      const expected = storeMigrationCount();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (let attempt = 0; attempt < 100; attempt++) {
          // The table is named in the query only once it exists: a name is resolved when parsed.
          const table = await client.query<{ found: string | null }>(
            "SELECT to_regclass('migrations')::text AS found",
          );
          if (table.rows[0]?.found != null) {
            const { rows } = await client.query<{ applied: number }>(
              'SELECT count(*)::int AS applied FROM migrations WHERE id BETWEEN 1 AND $1',
              [expected],
            );
            if (rows[0]?.applied === expected) return;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('The rate limit store did not set up its tables within 10 seconds');
      } finally {
        await client.end();
      }
    },
    async close() {
      // A store's pool exists once express-rate-limit has initialised it.
      await Promise.all(
        [...stores.values()].map((store) => (store.pool as pg.Pool | undefined)?.end()),
      );
    },
  };
}
