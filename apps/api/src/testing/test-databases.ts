import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import type { Chart } from '@orgwise/domain';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { type OrgwiseDb, openDatabase } from '../storage/database.js';
import { createStore, type WorkspaceStore } from '../storage/store.js';

// The databases the storage tests run against: PGlite always, and PostgreSQL when the run has a
// server (TEST_DATABASE_URL). Each test file gets its own: a PGlite data directory copied from the
// run's template, or a fresh database on the server, so parallel test files never meet.

export interface TestDatabase {
  config: DatabaseConfig;
  /** Deletes the database (close the store first). */
  drop(): Promise<void>;
}

export interface TestBackend {
  name: 'PGlite' | 'PostgreSQL';
  create(): Promise<TestDatabase>;
}

/** A new Orgwise data directory holding an empty PGlite cluster. */
export function pgliteDataDir(): string {
  const dataDir = mkdtempSync(path.join(inject('testDataRoot'), 'data-'));
  cpSync(inject('pgliteTemplate'), path.join(dataDir, 'pgdata'), { recursive: true });
  return dataDir;
}

const pgliteBackend: TestBackend = {
  name: 'PGlite',
  async create() {
    return { config: { kind: 'pglite', dataDir: pgliteDataDir() }, drop: async () => {} };
  },
};

const postgresBackend = (serverUrl: string): TestBackend => ({
  name: 'PostgreSQL',
  async create() {
    const name = `${inject('testDatabasePrefix')}${randomBytes(6).toString('hex')}`;
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      config: { kind: 'postgres', url: url.toString() },
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  },
});

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  const url = inject('testDatabaseUrl');
  return url === '' ? [pgliteBackend] : [pgliteBackend, postgresBackend(url)];
}

export interface TestStore {
  store: WorkspaceStore;
  database: TestDatabase;
  /** The store's own connection, for tests that set the scene in SQL (back-dating rows). */
  db: OrgwiseDb;
  /** Closes the store and deletes its database. */
  dispose(): Promise<void>;
}

/** A store on a fresh database of the backend, with the schema migrated. */
export async function openTestStore(backend: TestBackend): Promise<TestStore> {
  const database = await backend.create();
  const opened = await openDatabase(database.config, createLogger('silent'));
  const store = createStore(opened);
  return {
    store,
    database,
    db: opened.db,
    async dispose() {
      await store.close();
      await database.drop();
    },
  };
}

/** A new workspace named `name` holding one scenario of that name with `chart`, made by the store. */
export async function storedScenario(
  store: WorkspaceStore,
  name: string,
  chart: Chart,
): Promise<{ workspaceId: string; scenarioId: string }> {
  const workspace = await store.createWorkspace({ name, client: null, notes: '', rules: {} });
  const created = await store.createScenario(
    workspace.id,
    { name, description: '', derivedFrom: null },
    { kind: 'chart', chart },
  );
  if (created.status !== 'done') throw new Error(`create scenario: ${created.status}`);
  return { workspaceId: workspace.id, scenarioId: created.value.id };
}

/**
 * A store that opens a PGlite database on first use, for the tests of the stateless routes: they
 * build the whole app but most never touch the store. Its directory goes with the run's.
 */
export function lazyPgliteStore(): WorkspaceStore {
  let opening: Promise<WorkspaceStore> | undefined;
  const open = () => {
    opening ??= openDatabase(
      { kind: 'pglite', dataDir: pgliteDataDir() },
      createLogger('silent'),
    ).then(createStore);
    return opening;
  };
  return new Proxy({} as WorkspaceStore, {
    get(_target, key: string | symbol) {
      // Not a thenable, and nothing but the store's own members.
      if (typeof key !== 'string' || key === 'then') return undefined;
      if (key === 'description') return 'PGlite (opened on first use)';
      if (key === 'close') return async () => (opening ? (await opening).close() : undefined);
      return async (...args: unknown[]) => {
        const store = (await open()) as unknown as Record<string, (...a: unknown[]) => unknown>;
        return store[key]!(...args);
      };
    },
  });
}
