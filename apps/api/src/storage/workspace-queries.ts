import { and, asc, eq, sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import { newId } from './ids.js';
import type { Change, Workspace, WorkspaceFields } from './records.js';
import { notDeleted, selectWorkspace, toWorkspace } from './rows.js';
import { scenarios, workspaces } from './schema.js';

export async function createWorkspace(db: OrgwiseDb, fields: WorkspaceFields): Promise<Workspace> {
  const [row] = await db
    .insert(workspaces)
    .values({ id: newId(), ...fields })
    .returning();
  return toWorkspace(row!);
}

/**
 * Changes the fields given if the workspace is still at `expected`: one conditional UPDATE, so
 * of two clients that read the same version only the first one's change lands.
 */
export async function updateWorkspace(
  db: OrgwiseDb,
  id: string,
  expected: number,
  changes: Partial<WorkspaceFields>,
): Promise<Change<Workspace>> {
  const [row] = await db
    .update(workspaces)
    .set({ ...changes, version: sql`${workspaces.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(workspaces.id, id), eq(workspaces.version, expected)))
    .returning();
  if (row !== undefined) return { status: 'done', value: toWorkspace(row) };
  return missingOrStale(db, id);
}

/** Deletes the workspace with its scenarios and their revisions, if it is still at `expected`. */
export async function deleteWorkspace(
  db: OrgwiseDb,
  id: string,
  expected: number,
): Promise<Change<null, Workspace>> {
  const deleted = await db
    .delete(workspaces)
    .where(and(eq(workspaces.id, id), eq(workspaces.version, expected)))
    .returning({ id: workspaces.id });
  if (deleted.length > 0) return { status: 'done', value: null };
  const current = await selectWorkspace(db, id);
  return current === undefined ? { status: 'not-found' } : { status: 'stale', current };
}

export type ReorderOutcome =
  | Change<Workspace>
  | { status: 'mismatch'; missing: string[]; unknown: string[] };

/**
 * Puts the workspace's scenarios in the order given, which must name each of them once. The
 * order belongs to the workspace, so it is guarded by the workspace's version and bumps it.
 */
export function reorderScenarios(
  db: OrgwiseDb,
  id: string,
  expected: number,
  order: readonly string[],
): Promise<ReorderOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, id)).for('update');
    if (row === undefined) return { status: 'not-found' };
    if (row.version !== expected) return { status: 'stale', current: toWorkspace(row) };
    const present = await tx
      .select({ id: scenarios.id })
      .from(scenarios)
      .where(and(eq(scenarios.workspaceId, id), notDeleted))
      .orderBy(asc(scenarios.position), asc(scenarios.createdAt), asc(scenarios.id));
    const presentIds = new Set(present.map((scenario) => scenario.id));
    const named = new Set(order);
    const missing = [...presentIds].filter((scenarioId) => !named.has(scenarioId));
    const unknown = order.filter((scenarioId) => !presentIds.has(scenarioId));
    if (missing.length > 0 || unknown.length > 0) return { status: 'mismatch', missing, unknown };
    for (const [position, scenarioId] of order.entries()) {
      await tx.update(scenarios).set({ position }).where(eq(scenarios.id, scenarioId));
    }
    const [updated] = await tx
      .update(workspaces)
      .set({ version: sql`${workspaces.version} + 1`, updatedAt: sql`now()` })
      .where(eq(workspaces.id, id))
      .returning();
    return { status: 'done', value: toWorkspace(updated!) };
  });
}

async function missingOrStale(db: OrgwiseDb, id: string): Promise<Change<Workspace>> {
  const current = await selectWorkspace(db, id);
  return current === undefined ? { status: 'not-found' } : { status: 'stale', current };
}
