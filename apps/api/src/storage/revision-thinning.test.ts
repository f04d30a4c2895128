import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  openTestStore,
  storedScenario,
  type TestStore,
  testBackends,
} from '../testing/test-databases.js';
import type { OrgwiseDb } from './database.js';
import { KEEP_NEWEST_REVISIONS, THIN_EVERY_VERSIONS, thinRevisions } from './revision-thinning.js';
import type { WorkspaceStore } from './store.js';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const chart = { positions: [{ id: 'ceo', title: 'CEO' }] };

interface Row {
  version: number;
  kind: 'created' | 'updated' | 'restored';
  /** How long ago it was saved, in milliseconds. */
  age: number;
}

/**
 * What the policy keeps, worked out independently of the SQL: the newest, the created and
 * restored ones and the one before each restore, and the latest of each 10 minutes (under a day
 * old), hour (under 30 days) or day.
 */
function expectedKept(rows: Row[], now: number): number[] {
  const byVersion = [...rows].sort((a, b) => b.version - a.version);
  const latestInPeriod = new Set<string>();
  const kept: number[] = [];
  const restored = new Set(rows.filter((row) => row.kind === 'restored').map((row) => row.version));
  for (const [index, row] of byVersion.entries()) {
    const at = now - row.age;
    const period =
      row.age < day
        ? `1:${Math.floor((at - Date.UTC(2000, 0, 1)) / (10 * minute))}`
        : row.age < 30 * day
          ? `2:${Math.floor(at / hour)}`
          : `3:${Math.floor(at / day)}`;
    const first = !latestInPeriod.has(period);
    latestInPeriod.add(period);
    const replacedByRestore = restored.has(row.version + 1);
    if (index < KEEP_NEWEST_REVISIONS || row.kind !== 'updated' || first || replacedByRestore) {
      kept.push(row.version);
    }
  }
  return kept.sort((a, b) => a - b);
}

describe.each(testBackends())('thinning the revisions on $name', (backend) => {
  let opened: TestStore;
  let store: WorkspaceStore;
  let db: OrgwiseDb;
  beforeAll(async () => {
    opened = await openTestStore(backend);
    ({ store, db } = opened);
  });
  afterAll(() => opened.dispose());

  const newScenario = () => storedScenario(store, 'Current', chart);

  /** Writes the history as given: version 1, the created one, is there already and is aged. */
  async function writeHistory(scenarioId: string, rows: Row[], now: number) {
    const [first, ...saves] = rows;
    await db.execute(
      sql`UPDATE scenario_revisions SET created_at = ${new Date(now - first!.age).toISOString()} WHERE scenario_id = ${scenarioId}`,
    );
    const values = saves.map(
      (row) =>
        sql`(${scenarioId}, ${row.version}, 'Current', '', ${JSON.stringify(chart)}::jsonb, 1, ${row.kind}, ${new Date(now - row.age).toISOString()}::timestamptz)`,
    );
    await db.execute(sql`
      INSERT INTO scenario_revisions
        (scenario_id, version, name, description, chart, position_count, kind, created_at)
      VALUES ${sql.join(values, sql`, `)}`);
    const latest = Math.max(...rows.map((row) => row.version));
    await db.execute(sql`UPDATE scenarios SET version = ${latest} WHERE id = ${scenarioId}`);
  }

  async function versions(scenarioId: string): Promise<number[]> {
    const result = (await db.execute(
      sql`SELECT version FROM scenario_revisions WHERE scenario_id = ${scenarioId} ORDER BY version`,
    )) as unknown as { rows: { version: number }[] };
    return result.rows.map((row) => row.version);
  }

  test('keeps the newest, the first and restores, and one per 10 minutes, hour and day by age', async () => {
    const { scenarioId } = await newScenario();
    // 400 saves over 45 days: a few a day long ago, three an hour last week, every 3 minutes
    // yesterday, every 20 seconds in the last half hour.
    const rows: Row[] = [];
    for (let version = 1; version <= 400; version++) {
      const age =
        version <= 100
          ? 45 * day - version * 3 * hour
          : version <= 250
            ? 10 * day - (version - 100) * 20 * minute
            : version <= 330
              ? 20 * hour - (version - 250) * 3 * minute
              : 40 * minute - (version - 330) * 20_000;
      const kind =
        version === 1 ? 'created' : version === 120 || version === 160 ? 'restored' : 'updated';
      rows.push({ version, kind, age: version === 1 ? 46 * day : age });
    }
    const now = Date.now();
    await writeHistory(scenarioId, rows, now);

    const removed = await thinRevisions(db, scenarioId);
    const kept = await versions(scenarioId);
    expect(kept).toEqual(expectedKept(rows, now));
    expect(removed).toBe(400 - kept.length);
    // What that means: much less, with the recent work whole.
    expect(kept.length).toBeLessThan(200);
    expect(kept).toContain(1);
    expect(kept).toContain(120);
    // What each restore replaced stays, so the restore can be undone.
    expect(kept).toContain(119);
    expect(kept).toContain(159);
    expect(kept.slice(-KEEP_NEWEST_REVISIONS)).toEqual(
      Array.from({ length: KEEP_NEWEST_REVISIONS }, (_, i) => 351 + i),
    );
    // Thinning again changes nothing.
    expect(await thinRevisions(db, scenarioId)).toBe(0);
  });

  test(`every ${THIN_EVERY_VERSIONS}th save thins the history, and the scenario stays as saved`, async () => {
    const { workspaceId, scenarioId } = await newScenario();
    const rows: Row[] = Array.from({ length: 80 }, (_, i) => ({
      version: i + 1,
      kind: i === 0 ? 'created' : 'updated',
      age: 3 * day - i * minute,
    }));
    const now = Date.now();
    await writeHistory(scenarioId, rows, now);
    for (let version = 80; version < 99; version++) {
      const saved = await store.updateScenario(workspaceId, scenarioId, version, {
        name: `Save ${version + 1}`,
      });
      expect(saved.status).toBe('done');
    }
    expect(await versions(scenarioId)).toHaveLength(99);
    const hundredth = await store.updateScenario(workspaceId, scenarioId, 99, {
      chart: {
        positions: [
          { id: 'ceo', title: 'CEO' },
          { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
        ],
      },
    });
    expect(hundredth).toMatchObject({ status: 'done', value: { version: 100 } });
    const kept = await versions(scenarioId);
    // The newest 50 (51–100), the first, and of 2–50 (three days old, a minute apart) the last of
    // each hour, unless a later one in that hour is kept already: which, depends on where the
    // hours begin, so the oracle works it out from the same times.
    const saves: Row[] = Array.from({ length: 20 }, (_, i) => ({
      version: 81 + i,
      kind: 'updated',
      age: 0,
    }));
    expect(kept).toEqual(expectedKept([...rows, ...saves], now));
    expect(kept.slice(-KEEP_NEWEST_REVISIONS)).toEqual(
      Array.from({ length: KEEP_NEWEST_REVISIONS }, (_, i) => 51 + i),
    );
    expect(kept.length).toBeLessThanOrEqual(53);
    expect(kept[0]).toBe(1);
    const current = await store.getScenario(workspaceId, scenarioId);
    expect(current?.chart.positions).toHaveLength(2);
    expect(current?.version).toBe(100);
  });
});
