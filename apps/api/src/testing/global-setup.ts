import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { initialisePglite } from '../storage/database.js';

// Once per test run: an empty PGlite cluster that each test copies (copying takes a fraction of a
// second, PGlite's initdb several), a folder for the run's data directories, and the PostgreSQL
// server to test against when TEST_DATABASE_URL is set (.ci/postgres.sh sets it).

declare module 'vitest' {
  export interface ProvidedContext {
    /** An initialised, closed PGlite cluster to copy; never opened itself. */
    pgliteTemplate: string;
    /** Where this run's data directories go; removed when the run ends. */
    testDataRoot: string;
    /** A database on a PostgreSQL server whose role may create databases, or ''. */
    testDatabaseUrl: string;
    /** The prefix of the names of the databases this run creates on that server. */
    testDatabasePrefix: string;
  }
}

export default async function setup(project: TestProject) {
  project.provide('pgliteTemplate', await pgliteTemplate());
  const root = mkdtempSync(path.join(os.tmpdir(), 'orgwise-api-test-'));
  project.provide('testDataRoot', root);
  const serverUrl = testDatabaseUrl();
  const prefix = `orgwise_t${randomBytes(4).toString('hex')}_`;
  project.provide('testDatabaseUrl', serverUrl);
  project.provide('testDatabasePrefix', prefix);
  return async () => {
    rmSync(root, { recursive: true, force: true });
    // Test files drop their databases; these are the ones a crashed or timed-out file left.
    if (serverUrl !== '') await dropDatabases(serverUrl, prefix);
  };
}

async function dropDatabases(serverUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/**
 * The PostgreSQL server to test against: TEST_DATABASE_URL (read here, like CI's other settings;
 * the app itself reads only src/env.ts; turbo.json passes it to the test task). Without it, the
 * storage tests run against PGlite alone.
 */
function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? '';
}

/** The template, made once per PGlite version and kept in the temp folder between runs. */
async function pgliteTemplate(): Promise<string> {
  // The package does not export its package.json; its entry point is dist/index.cjs.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const template = path.join(os.tmpdir(), `orgwise-pglite-${version}-template`);
  if (existsSync(path.join(template, 'PG_VERSION'))) return template;
  const staging = path.join(os.tmpdir(), `orgwise-pglite-${version}-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  await initialisePglite(path.join(staging, 'pgdata'));
  try {
    renameSync(path.join(staging, 'pgdata'), template);
  } catch (error) {
    // Another run made it at the same time: use theirs.
    if (!existsSync(path.join(template, 'PG_VERSION'))) throw error;
  }
  rmSync(staging, { recursive: true, force: true });
  return template;
}
