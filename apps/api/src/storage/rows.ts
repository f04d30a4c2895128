import type { Chart } from '@orgwise/domain';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import type { Scenario, Workspace } from './records.js';
import { scenarioRevisions, scenarios, workspaces } from './schema.js';

// Reading rows into records, shared by the queries of workspaces, scenarios and revisions.

/** The scenarios that are not deleted: all that reads and changes scenarios sees only these. */
export const notDeleted = isNull(scenarios.deletedAt);

/** The workspace's scenario, unless deleted; with `version`, only while it is at that version. */
export function liveScenario(workspaceId: string, scenarioId: string, version?: number): SQL {
  return and(
    eq(scenarios.id, scenarioId),
    eq(scenarios.workspaceId, workspaceId),
    version === undefined ? undefined : eq(scenarios.version, version),
    notDeleted,
  )!;
}

/** Revision `version` of the workspace's scenario, unless deleted (with scenarios joined). */
export function revisionOfLiveScenario(
  workspaceId: string,
  scenarioId: string,
  version: number,
): SQL {
  return and(
    eq(scenarioRevisions.scenarioId, scenarioId),
    eq(scenarioRevisions.version, version),
    liveScenario(workspaceId, scenarioId),
  )!;
}

export function toWorkspace(row: typeof workspaces.$inferSelect): Workspace {
  return {
    id: row.id,
    name: row.name,
    client: row.client,
    notes: row.notes,
    sharedNotes: row.sharedNotes,
    rules: row.rules,
    language: row.language,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toScenario(row: typeof scenarios.$inferSelect, chart: Chart): Scenario {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    description: row.description,
    derivedFrom: row.derivedFrom,
    chart,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function selectWorkspace(db: OrgwiseDb, id: string): Promise<Workspace | undefined> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  return row === undefined ? undefined : toWorkspace(row);
}

/** A scenario of a workspace with its current chart (the chart of its latest revision). */
export async function selectScenario(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
): Promise<Scenario | undefined> {
  const [row] = await db
    .select({ scenario: scenarios, chart: scenarioRevisions.chart })
    .from(scenarios)
    .innerJoin(
      scenarioRevisions,
      and(
        eq(scenarioRevisions.scenarioId, scenarios.id),
        eq(scenarioRevisions.version, scenarios.version),
      ),
    )
    .where(liveScenario(workspaceId, scenarioId));
  return row === undefined ? undefined : toScenario(row.scenario, row.chart);
}

/** Whether there is a workspace with this id. */
export async function workspaceExists(db: OrgwiseDb, workspaceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return rows.length > 0;
}

/**
 * Locks the workspace's row for the rest of the transaction and answers whether there is one.
 * Changes to which scenarios a workspace has (create, delete, bring back, reorder) take it, so
 * that they happen one after the other: `share` for adding one (several may), `update` for the
 * rest. A save that names another scenario as its origin takes `share`, so that the origin cannot
 * be deleted between the check and the save.
 */
export async function lockWorkspace(
  db: OrgwiseDb,
  workspaceId: string,
  mode: 'share' | 'update',
): Promise<boolean> {
  const rows = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .for(mode);
  return rows.length > 0;
}

/** Whether a scenario with this id belongs to the workspace (and is not deleted). */
export async function scenarioExists(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: scenarios.id })
    .from(scenarios)
    .where(liveScenario(workspaceId, scenarioId));
  return rows.length > 0;
}
