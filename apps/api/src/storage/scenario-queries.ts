import type { Chart } from '@orgwise/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import { newId } from './ids.js';
import type {
  Change,
  Scenario,
  ScenarioFields,
  ScenarioSource,
  ScenarioSummary,
} from './records.js';
import { THIN_EVERY_VERSIONS, thinRevisions } from './revision-thinning.js';
import {
  liveScenario,
  lockWorkspace,
  notDeleted,
  revisionOfLiveScenario,
  scenarioExists,
  selectScenario,
  toScenario,
  workspaceExists,
} from './rows.js';
import { scenarioRevisions, scenarios } from './schema.js';

/** The workspace's scenarios in their order, without charts; undefined when there is no workspace. */
export async function listScenarios(
  db: OrgwiseDb,
  workspaceId: string,
): Promise<ScenarioSummary[] | undefined> {
  if (!(await workspaceExists(db, workspaceId))) return undefined;
  const rows = await db
    .select()
    .from(scenarios)
    .where(and(eq(scenarios.workspaceId, workspaceId), notDeleted))
    .orderBy(asc(scenarios.position), asc(scenarios.createdAt), asc(scenarios.id));
  return rows.map((row, position) => ({
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    description: row.description,
    derivedFrom: row.derivedFrom,
    position,
    positionCount: row.positionCount,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export type CreateScenarioOutcome =
  | { status: 'done'; value: Scenario }
  | { status: 'not-found' }
  /** The scenario to duplicate or derive from (or that revision of it) is not in the workspace. */
  | { status: 'source-not-found'; field: 'duplicateOf' | 'derivedFrom' | 'version' };

/** Adds a scenario at the end of the workspace's order, as revision 1. */
export function createScenario(
  db: OrgwiseDb,
  workspaceId: string,
  fields: { name: string | undefined; description: string; derivedFrom: string | null },
  source: ScenarioSource,
): Promise<CreateScenarioOutcome> {
  return db.transaction(async (tx) => {
    // The workspace cannot be deleted or reordered, nor the origin deleted, until this one is in.
    if (!(await lockWorkspace(tx, workspaceId, 'share'))) return { status: 'not-found' };

    let chart: Chart;
    let name = fields.name;
    let derivedFrom = fields.derivedFrom;
    if (source.kind === 'duplicate') {
      const original = await selectSource(tx, workspaceId, source.scenarioId, source.version);
      if (original === undefined) {
        const field =
          source.version !== undefined && (await scenarioExists(tx, workspaceId, source.scenarioId))
            ? 'version'
            : 'duplicateOf';
        return { status: 'source-not-found', field };
      }
      chart = original.chart;
      name ??= `Copy of ${original.name}`;
      derivedFrom = source.scenarioId;
    } else {
      chart = source.chart;
      if (derivedFrom !== null && !(await scenarioExists(tx, workspaceId, derivedFrom))) {
        return { status: 'source-not-found', field: 'derivedFrom' };
      }
    }

    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${scenarios.position}) + 1, 0)::int` })
      .from(scenarios)
      .where(eq(scenarios.workspaceId, workspaceId));
    const id = newId();
    const values = {
      name: name ?? 'Untitled scenario',
      description: fields.description,
      positionCount: chart.positions.length,
    };
    const [row] = await tx
      .insert(scenarios)
      .values({ id, workspaceId, derivedFrom, position: next, version: 1, ...values })
      .returning();
    await tx
      .insert(scenarioRevisions)
      .values({ scenarioId: id, version: 1, chart, kind: 'created', ...values });
    return { status: 'done', value: toScenario(row!, chart) };
  });
}

async function selectSource(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  version: number | undefined,
): Promise<{ name: string; chart: Chart } | undefined> {
  if (version === undefined) return selectScenario(db, workspaceId, scenarioId);
  const [row] = await db
    .select({ name: scenarioRevisions.name, chart: scenarioRevisions.chart })
    .from(scenarioRevisions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioRevisions.scenarioId))
    .where(revisionOfLiveScenario(workspaceId, scenarioId, version));
  return row;
}

export type UpdateScenarioOutcome =
  | Change<Scenario>
  | { status: 'source-not-found'; field: 'derivedFrom' };

/**
 * Saves a new revision of the scenario if it is still at `expected`. The conditional UPDATE takes
 * the row's lock: a concurrent save of the same version waits for this transaction, then finds
 * the version moved on and changes nothing. The new revision is written in the same transaction,
 * so every accepted save is in the history.
 */
export function updateScenario(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
  expected: number,
  changes: Partial<ScenarioFields> & { chart?: Chart | undefined },
): Promise<UpdateScenarioOutcome> {
  return db.transaction(async (tx) => {
    const { chart, ...fields } = changes;
    if (fields.derivedFrom != null) await lockWorkspace(tx, workspaceId, 'share');
    if (
      fields.derivedFrom != null &&
      (fields.derivedFrom === scenarioId ||
        !(await scenarioExists(tx, workspaceId, fields.derivedFrom)))
    ) {
      return { status: 'source-not-found', field: 'derivedFrom' };
    }
    const [row] = await tx
      .update(scenarios)
      .set({
        ...fields,
        ...(chart === undefined ? {} : { positionCount: chart.positions.length }),
        version: sql`${scenarios.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(liveScenario(workspaceId, scenarioId, expected))
      .returning();
    if (row === undefined) return missingOrStale(tx, workspaceId, scenarioId);
    const revision = {
      scenarioId,
      version: row.version,
      name: row.name,
      description: row.description,
      positionCount: row.positionCount,
      kind: 'updated' as const,
    };
    let saved: Scenario;
    if (chart !== undefined) {
      await tx.insert(scenarioRevisions).values({ ...revision, chart });
      saved = toScenario(row, chart);
    } else {
      // The chart did not change: the new revision copies it inside the database.
      await tx.execute(sql`
        INSERT INTO ${scenarioRevisions}
          (scenario_id, version, name, description, chart, position_count, kind)
        SELECT scenario_id, ${row.version}::int, ${row.name}::text, ${row.description}::text, chart, position_count, 'updated'
        FROM ${scenarioRevisions}
        WHERE scenario_id = ${scenarioId} AND version = ${expected}`);
      saved = (await selectScenario(tx, workspaceId, scenarioId))!;
    }
    if (row.version % THIN_EVERY_VERSIONS === 0) await thinRevisions(tx, scenarioId);
    return { status: 'done', value: saved };
  });
}

/** Why a change to the scenario found nothing to change: it is gone, or at another version. */
export async function missingOrStale(
  db: OrgwiseDb,
  workspaceId: string,
  scenarioId: string,
): Promise<Exclude<Change<never, Scenario>, { status: 'done' }>> {
  const current = await selectScenario(db, workspaceId, scenarioId);
  return current === undefined ? { status: 'not-found' } : { status: 'stale', current };
}
