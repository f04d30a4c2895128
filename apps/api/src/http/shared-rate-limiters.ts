import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { type Budget, type BudgetName, memoryLimiter, type RateLimiters } from './rate-limit.js';

// With several API processes behind a load balancer on one PostgreSQL, each process counting on
// its own would let a client make the limit's worth of requests to each of them. With
// DATABASE_URL set, the counts live in that database instead: one table per budget in the schema
// `rate_limit`, kept by rate-limiter-flexible's PostgreSQL limiter.

const schema = 'rate_limit';

export interface SharedRateLimiters {
  limiters: RateLimiters;
  close(): Promise<void>;
}

/**
 * The budgets counted in PostgreSQL, once their schema and tables exist (rejects when they cannot
 * be made). Each limiter's insurance is a counter in this process's memory: should the database
 * stop answering, each process goes on limiting on its own rather than letting everyone through.
 */
export async function sharedRateLimiters(
  databaseUrl: string,
  budgets: Record<BudgetName, Budget>,
): Promise<SharedRateLimiters> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    await createSchema(pool);
    const [requests, passwordAttempts] = await Promise.all([
      postgresLimiter(pool, 'requests', budgets.requests),
      postgresLimiter(pool, 'password_attempts', budgets['password-attempts']),
    ]);
    return {
      limiters: { requests, 'password-attempts': passwordAttempts },
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

async function createSchema(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // Two processes starting at once: the other one made it between the check and the insert.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}

/** A limiter whose table exists: rate-limiter-flexible creates it and calls back when done. */
function postgresLimiter(
  pool: pg.Pool,
  table: string,
  budget: Budget,
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: pool,
        schemaName: schema,
        tableName: table,
        keyPrefix: budget.name,
        points: Math.max(budget.limit, 1),
        duration: budget.windowMs / 1000,
        // Rows of windows that ended over an hour ago are deleted every few minutes.
        clearExpiredByTimeout: true,
        insuranceLimiter: memoryLimiter(budget),
      },
      (error?: Error) => (error === undefined ? resolve(limiter) : reject(error)),
    );
  });
}
