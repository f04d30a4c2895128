import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import type { Change, Revision, RevisionSummary, Scenario } from './records.js';
import { liveScenario, revisionOfLiveScenario, scenarioExists, selectScenario } from './rows.js';
import { missingOrStale } from './scenario-queries.js';
import { scenarioRevisions, scenarios } from './schema.js';

const summaryColumns = {
  version: scenarioRevisions.version,
  name: scenarioRevisions.name,
  description: scenarioRevisions.description,
  positionCount: scenarioRevisions.positionCount,
  kind: scenarioRevisions.kind,
  restoredFrom: scenarioRevisions.restoredFrom,
  createdAt: scenarioRevisions.createdAt,
};

/**
 * A page of the scenario's revisions, newest first, without charts: `before` continues from the
 * last version of the previous page. Undefined when the scenario is not in the workspace.
 */
export async function listRevisions(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  page: { before?: number | undefined; limit: number },
): Promise<RevisionSummary[] | undefined> {
  if (!(await scenarioExists(db, workspaceId, scenarioId))) return undefined;
  const rows = await db
    .select(summaryColumns)
    .from(scenarioRevisions)
    .where(
      and(
        eq(scenarioRevisions.scenarioId, scenarioId),
        page.before === undefined ? undefined : lt(scenarioRevisions.version, page.before),
      ),
    )
    .orderBy(desc(scenarioRevisions.version))
    .limit(page.limit);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export async function getRevision(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  version: number,
): Promise<Revision | undefined> {
  const [row] = await db
    .select({ ...summaryColumns, chart: scenarioRevisions.chart })
    .from(scenarioRevisions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioRevisions.scenarioId))
    .where(revisionOfLiveScenario(workspaceId, scenarioId, version));
  return row === undefined
    ? undefined
    : { scenarioId, ...row, createdAt: row.createdAt.toISOString() };
}

export type RestoreOutcome = Change<Scenario> | { status: 'revision-not-found' };

/**
 * Makes the scenario what it was at revision `version` (chart, name and description) by saving
 * that state as a new revision: restoring never rewrites history, so it can be undone too.
 */
export function restoreRevision(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  version: number,
  expected: number,
): Promise<RestoreOutcome> {
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select({
        name: scenarioRevisions.name,
        description: scenarioRevisions.description,
        positionCount: scenarioRevisions.positionCount,
      })
      .from(scenarioRevisions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioRevisions.scenarioId))
      .where(revisionOfLiveScenario(workspaceId, scenarioId, version));
    if (old === undefined) {
      return (await scenarioExists(tx, workspaceId, scenarioId))
        ? { status: 'revision-not-found' }
        : { status: 'not-found' };
    }
    const [row] = await tx
      .update(scenarios)
      .set({ ...old, version: sql`${scenarios.version} + 1`, updatedAt: sql`now()` })
      .where(liveScenario(workspaceId, scenarioId, expected))
      .returning();
    if (row === undefined) return missingOrStale(tx, workspaceId, scenarioId);
    await tx.execute(sql`
      INSERT INTO ${scenarioRevisions}
        (scenario_id, version, name, description, chart, position_count, kind, restored_from)
      SELECT scenario_id, ${row.version}::int, name, description, chart, position_count, 'restored', version
      FROM ${scenarioRevisions}
      WHERE scenario_id = ${scenarioId} AND version = ${version}`);
    return { status: 'done', value: (await selectScenario(tx, workspaceId, scenarioId))! };
  });
}
