import { DELETED_SCENARIO_DAYS } from '@orgwise/contract';
import { and, desc, eq, gte, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import type { Change, DeletedScenario, Scenario } from './records.js';
import {
  liveScenario,
  lockWorkspace,
  notDeleted,
  selectScenario,
  workspaceExists,
} from './rows.js';
import { missingOrStale } from './scenario-queries.js';
import { scenarios } from './schema.js';

// Deleting a scenario sets it aside instead of erasing it: a slip of the mouse, or an option
// dropped in one meeting and wanted back in the next, costs nothing. It comes back with its
// revisions; after DELETED_SCENARIO_DAYS it is erased for good (at the next delete or start-up).

const cutoff = sql`now() - make_interval(days => ${DELETED_SCENARIO_DAYS})`;
/** Deleted long enough ago to be erased. */
const expired = lt(scenarios.deletedAt, cutoff);
/**
 * The workspace's deleted scenarios that can still be brought back; with `scenarioId`, that one
 * (at `version`, if given).
 */
function restorable(workspaceId: string, scenarioId?: string, version?: number) {
  return and(
    scenarioId === undefined ? undefined : eq(scenarios.id, scenarioId),
    eq(scenarios.workspaceId, workspaceId),
    version === undefined ? undefined : eq(scenarios.version, version),
    isNotNull(scenarios.deletedAt),
    gte(scenarios.deletedAt, cutoff),
  );
}

/**
 * Deletes the scenario if it is still at `expected`: it leaves the workspace's list and every
 * route, and scenarios derived from it no longer name it.
 */
export function deleteScenario(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  expected: number,
): Promise<Change<null, Scenario>> {
  return db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId, 'update');
    await eraseExpiredScenarios(tx);
    const deleted = await tx
      .update(scenarios)
      .set({ deletedAt: sql`now()` })
      .where(liveScenario(workspaceId, scenarioId, expected))
      .returning({ id: scenarios.id });
    if (deleted.length === 0) return missingOrStale(tx, workspaceId, scenarioId);
    await tx
      .update(scenarios)
      .set({ derivedFrom: null })
      .where(eq(scenarios.derivedFrom, scenarioId));
    return { status: 'done', value: null };
  });
}

/**
 * Erases the scenarios deleted more than DELETED_SCENARIO_DAYS ago, with their revisions, in every
 * workspace: at start-up and with every delete. (Until then they are hidden like any deleted one.)
 */
export async function eraseExpiredScenarios(db: OrgwiseDb): Promise<number> {
  const erased = await db.delete(scenarios).where(expired).returning({ id: scenarios.id });
  return erased.length;
}

const deletedColumns = {
  id: scenarios.id,
  workspaceId: scenarios.workspaceId,
  name: scenarios.name,
  description: scenarios.description,
  positionCount: scenarios.positionCount,
  version: scenarios.version,
  createdAt: scenarios.createdAt,
  updatedAt: scenarios.updatedAt,
  deletedAt: scenarios.deletedAt,
};

type DeletedRow = Pick<typeof scenarios.$inferSelect, keyof typeof deletedColumns>;

function toDeletedScenario(row: DeletedRow): DeletedScenario {
  const deletedAt = row.deletedAt!;
  const erasedAt = new Date(deletedAt.getTime() + DELETED_SCENARIO_DAYS * 24 * 60 * 60 * 1000);
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: deletedAt.toISOString(),
    erasedAt: erasedAt.toISOString(),
  };
}

/**
 * The workspace's deleted scenarios that can still be brought back, the latest deleted first;
 * undefined when there is no workspace.
 */
export async function listDeletedScenarios(
  db: OrgwiseDb,
  workspaceId: string,
): Promise<DeletedScenario[] | undefined> {
  if (!(await workspaceExists(db, workspaceId))) return undefined;
  const rows = await db
    .select(deletedColumns)
    .from(scenarios)
    .where(restorable(workspaceId))
    .orderBy(desc(scenarios.deletedAt), desc(scenarios.id));
  return rows.map(toDeletedScenario);
}

/** A deleted scenario of the workspace that can still be brought back. */
async function selectDeleted(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
): Promise<DeletedScenario | undefined> {
  const [row] = await db
    .select(deletedColumns)
    .from(scenarios)
    .where(restorable(workspaceId, scenarioId));
  return row === undefined ? undefined : toDeletedScenario(row);
}

/**
 * Brings a deleted scenario back, as it was when deleted (version and revisions), at the place in
 * the order it had then (the scenarios from that place on move one along), if it is still at
 * `expected`.
 */
export function restoreDeletedScenario(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  expected: number,
): Promise<Change<Scenario, DeletedScenario>> {
  return db.transaction(async (tx) => {
    await lockWorkspace(tx, workspaceId, 'update');
    const [restored] = await tx
      .update(scenarios)
      .set({ deletedAt: null })
      .where(restorable(workspaceId, scenarioId, expected))
      .returning({ position: scenarios.position });
    if (restored !== undefined) {
      // Reordering numbers only the scenarios present, so another may hold its old place now.
      await tx
        .update(scenarios)
        .set({ position: sql`${scenarios.position} + 1` })
        .where(
          and(
            eq(scenarios.workspaceId, workspaceId),
            ne(scenarios.id, scenarioId),
            notDeleted,
            gte(scenarios.position, restored.position),
          ),
        );
      return { status: 'done', value: (await selectScenario(tx, workspaceId, scenarioId))! };
    }
    const current = await selectDeleted(tx, workspaceId, scenarioId);
    return current === undefined ? { status: 'not-found' } : { status: 'stale', current };
  });
}

/** Whether the workspace has this scenario among its deleted ones (for a helpful 404). */
export async function isDeletedScenario(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
): Promise<boolean> {
  return (await selectDeleted(db, workspaceId, scenarioId)) !== undefined;
}
