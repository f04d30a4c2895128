import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../env.js';
import type { Logger } from '../logger.js';
import { lockDataDir } from './data-dir-lock.js';
import { schema } from './schema.js';

/** Drizzle over either driver: the store's queries are written once for both. */
export type OrgwiseDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: OrgwiseDb;
  /** Which database this is, for people: "PGlite at /srv/orgwise/.data", never a password. */
  description: string;
  close(): Promise<void>;
}

// Migrations live beside the schema in src/ (the build does not copy them); this file sits two
// levels below the package both as src/storage/database.ts and as dist/storage/database.js.
const migrationsFolder = fileURLToPath(new URL('../../src/storage/migrations', import.meta.url));

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig, logger: Logger): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url, logger);
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    if (!existsSync(pgdata)) await initialisePglite(pgdata);
    // relaxedDurability off (the default, said here because it matters): every query waits until
    // PGlite has handed its writes to the file system, so an acknowledged save survives the
    // process being killed.
    const client = await PGlite.create({ dataDir: pgdata, relaxedDurability: false });
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db,
      description: `PGlite at ${dataDir}`,
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Creates an empty PostgreSQL cluster at `pgdata` (PGlite's initdb, a few seconds). It is made
 * beside it and moved into place when complete, so that a first start that is interrupted leaves
 * no half-made cluster behind for the next start to trip over.
 */
export async function initialisePglite(pgdata: string): Promise<void> {
  const staging = `${pgdata}.initialising`;
  rmSync(staging, { recursive: true, force: true });
  const fresh = await PGlite.create({ dataDir: staging });
  await fresh.close();
  renameSync(staging, pgdata);
}

// Locks the migration against other Orgwise processes starting on the same database at once.
const migrationLock = 7_461_923_001;

async function openPostgres(url: string, logger: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server drops emits 'error' on the pool; unhandled, it would end
  // the process. The pool replaces the connection by itself.
  pool.on('error', (error) => logger.error({ err: error }, 'idle database connection failed'));
  try {
    const connection = await pool.connect();
    try {
      await connection.query('SELECT pg_advisory_lock($1)', [migrationLock]);
      await migratePostgres(drizzlePostgres({ client: connection }), { migrationsFolder });
    } finally {
      await connection.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => {});
      connection.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    db: drizzlePostgres({ client: pool, schema }),
    description: `PostgreSQL at ${describePostgresUrl(url)}`,
    close: () => pool.end(),
  };
}

/** "db.example.com:5432/orgwise": where the database is, without user name or password. */
export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  const host = parsed.host || parsed.searchParams.get('host') || 'local socket';
  return `${host}/${database}`;
}
