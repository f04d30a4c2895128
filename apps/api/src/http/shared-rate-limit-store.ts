import { PostgresStore } from '@acpr/rate-limit-postgresql';
import type { Store } from 'express-rate-limit';
import pg from 'pg';

// With several API processes behind a load balancer on one PostgreSQL, each process counting on
// its own would let a client make the limit's worth of requests to each of them. With
// DATABASE_URL set, the counts live in that database instead (schema `rate_limit`, made and
// migrated by @acpr/rate-limit-postgresql, a store maintained for express-rate-limit).

export interface SharedRateLimitStore {
  store: Store;
  /** Resolves once the store's tables exist (it creates them when it starts, without waiting). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Same session name in every process: that is what makes them count together. */
const sessionName = 'orgwise-api';

export function sharedRateLimitStore(databaseUrl: string): SharedRateLimitStore {
  const store = new PostgresStore({ connectionString: databaseUrl, max: 4 }, sessionName);
  return {
    store,
    async ready() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { rows } = await client.query<{ found: string | null }>(
            "SELECT to_regproc('rate_limit.agg_increment')::text AS found",
          );
          if (rows[0]?.found != null) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('The rate limit store did not set up its tables within 10 seconds');
      } finally {
        await client.end();
      }
    },
    async close() {
      // The pool exists once express-rate-limit has initialised the store.
      await (store.pool as pg.Pool | undefined)?.end();
    },
  };
}
