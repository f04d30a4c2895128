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
      // A store's pool exists once express-rate-limit has initialised it.
      await Promise.all(
        [...stores.values()].map((store) => (store.pool as pg.Pool | undefined)?.end()),
      );
    },
  };
}
