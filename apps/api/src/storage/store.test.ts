import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import {
  openTestStore,
  storedScenario,
  type TestBackend,
  type TestStore,
  testBackends,
} from '../testing/test-databases.js';
import { openDatabase } from './database.js';
import { StorageError } from './storage-error.js';
import { createStore } from './store.js';

const journal = JSON.parse(
  readFileSync(new URL('./migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: unknown[] };

const chart = { positions: [{ id: 'ceo', title: 'CEO', holder: 'Mette Jensen' }] };

describe.each(testBackends())('the store on $name', (backend: TestBackend) => {
  let opened: TestStore;
  beforeAll(async () => {
    opened = await openTestStore(backend);
  });
  afterAll(async () => {
    await opened.store.close();
    await opened.database.drop();
  });

  test('a database error names no data from the query (charts hold people’s names)', async () => {
    const { store } = opened;
    const workspace = await store.createWorkspace({
      name: 'Acme',
      client: null,
      notes: '',
      rules: {},
    });
    // Past the HTTP checks, a NUL character reaches the database, which refuses it.
    const failing = store.createScenario(
      workspace.id,
      { name: 'Mette Jensen\u0000', description: '', derivedFrom: null },
      { kind: 'chart', chart },
    );
    await expect(failing).rejects.toBeInstanceOf(StorageError);
    const error = (await failing.catch((caught: unknown) => caught)) as StorageError;
    expect(error.message).toMatch(/^Database query failed \(/);
    expect(error.message).not.toContain('Mette');
    expect(error.stack ?? '').not.toContain('Mette');
  });

  test('reopening the database keeps everything and applies each migration once', async () => {
    const { store, database } = opened;
    const workspace = await store.createWorkspace({
      name: 'Kept',
      client: 'Globex',
      notes: '',
      rules: { 'narrow-span': 'off' },
    });
    await store.close();
    const reopened = await openDatabase(database.config, createLogger('silent'));
    opened = { ...opened, store: createStore(reopened) };
    expect(await opened.store.getWorkspace(workspace.id)).toEqual(workspace);
    const applied = (await reopened.db.execute(
      sql`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`,
    )) as unknown as { rows: unknown[] };
    expect(applied.rows).toEqual([{ count: journal.entries.length }]);
  });

  test('deleting a workspace deletes its scenarios and their revisions', async () => {
    const { store } = opened;
    const { workspaceId, scenarioId } = await storedScenario(store, 'Gone', chart);
    expect(await store.deleteWorkspace(workspaceId, 1)).toEqual({ status: 'done', value: null });
    expect(await store.getScenario(workspaceId, scenarioId)).toBeUndefined();
    expect(await store.listRevisions(workspaceId, scenarioId, { limit: 5 })).toBeUndefined();
    expect(await store.listScenarios(workspaceId)).toBeUndefined();
  });

  test('a stale change reports the current record and changes nothing', async () => {
    const { store } = opened;
    const workspace = await store.createWorkspace({
      name: 'V',
      client: null,
      notes: '',
      rules: {},
    });
    const first = await store.updateWorkspace(workspace.id, 1, { notes: 'one' });
    expect(first).toMatchObject({ status: 'done', value: { version: 2, notes: 'one' } });
    const stale = await store.updateWorkspace(workspace.id, 1, { notes: 'two' });
    expect(stale).toEqual({ status: 'stale', current: (first as { value: unknown }).value });
    expect(await store.updateWorkspace('AAAAAAAAAAAAAAAAAAAAAA', 1, { notes: 'x' })).toEqual({
      status: 'not-found',
    });
  });
});

describe('two servers starting on one PostgreSQL database', () => {
  const postgres = testBackends().find((backend) => backend.name === 'PostgreSQL');
  test.skipIf(postgres === undefined)('migrate it once, one after the other', async () => {
    const database = await postgres!.create();
    try {
      const logger = createLogger('silent');
      const [a, b] = await Promise.all([
        openDatabase(database.config, logger),
        openDatabase(database.config, logger),
      ]);
      const storeA = createStore(a);
      const storeB = createStore(b);
      const workspace = await storeA.createWorkspace({
        name: 'Shared',
        client: null,
        notes: '',
        rules: {},
      });
      expect(await storeB.getWorkspace(workspace.id)).toEqual(workspace);
      await Promise.all([storeA.close(), storeB.close()]);
    } finally {
      await database.drop();
    }
  });
});
