import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  openTestStore,
  storedScenario,
  type TestStore,
  testBackends,
} from '../testing/test-databases.js';
import type { OrgwiseDb } from './database.js';
import type { WorkspaceStore } from './store.js';

const chart = { positions: [{ id: 'ceo', title: 'CEO' }] };

describe.each(testBackends())('erasing deleted scenarios on $name', (backend) => {
  let opened: TestStore;
  let store: WorkspaceStore;
  let db: OrgwiseDb;
  beforeAll(async () => {
    opened = await openTestStore(backend);
    ({ store, db } = opened);
  });
  afterAll(() => opened.dispose());

  async function deletedScenario(name: string) {
    const stored = await storedScenario(store, name, chart);
    expect(await store.deleteScenario(stored.workspaceId, stored.scenarioId, 1)).toEqual({
      status: 'done',
      value: null,
    });
    return stored;
  }

  const deletedDaysAgo = (scenarioId: string, days: number) =>
    db.execute(
      sql`UPDATE scenarios SET deleted_at = now() - make_interval(days => ${days}) WHERE id = ${scenarioId}`,
    );

  async function revisionCount(scenarioId: string): Promise<number> {
    const result = (await db.execute(
      sql`SELECT count(*)::int AS count FROM scenario_revisions WHERE scenario_id = ${scenarioId}`,
    )) as unknown as { rows: { count: number }[] };
    return result.rows[0]!.count;
  }

  test('29 days after deletion a scenario can still be brought back', async () => {
    const { workspaceId, scenarioId } = await deletedScenario('Kept');
    await deletedDaysAgo(scenarioId, 29);
    expect((await store.listDeletedScenarios(workspaceId))!.map((s) => s.id)).toEqual([scenarioId]);
    const restored = await store.restoreDeletedScenario(workspaceId, scenarioId, 1);
    expect(restored).toMatchObject({ status: 'done', value: { id: scenarioId, chart } });
  });

  test('after 30 days it is past bringing back, and the next delete erases it with its revisions', async () => {
    const old = await deletedScenario('Old');
    await deletedDaysAgo(old.scenarioId, 31);
    expect(await store.listDeletedScenarios(old.workspaceId)).toEqual([]);
    expect(await store.restoreDeletedScenario(old.workspaceId, old.scenarioId, 1)).toEqual({
      status: 'not-found',
    });
    expect(await store.isDeletedScenario(old.workspaceId, old.scenarioId)).toBe(false);
    expect(await revisionCount(old.scenarioId)).toBe(1);

    // Any later delete, in any workspace, erases what has expired.
    const recent = await deletedScenario('Recent');
    expect(await revisionCount(old.scenarioId)).toBe(0);
    expect(await revisionCount(recent.scenarioId)).toBe(1);
  });

  test('the server erases what has expired when it starts, and nothing else', async () => {
    const old = await deletedScenario('Old');
    const recent = await deletedScenario('Recent');
    await deletedDaysAgo(old.scenarioId, 31);
    expect(await store.eraseExpiredScenarios()).toBe(1);
    expect(await revisionCount(old.scenarioId)).toBe(0);
    expect(await store.isDeletedScenario(recent.workspaceId, recent.scenarioId)).toBe(true);
    expect(await store.eraseExpiredScenarios()).toBe(0);
  });
});
