import { sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import { scenarioRevisions } from './schema.js';

// The editor saves a few seconds after each edit, so an afternoon's work is hundreds of
// revisions, each a whole chart. Nobody restores the state of 14:32:07 three weeks later, but the
// state at the end of that afternoon, or of that day, matters. So the history is thinned the way
// backup tools thin snapshots: recent saves all stay, older ones by time.

/** The newest revisions, kept whatever their age: the fine-grained history of recent work. */
export const KEEP_NEWEST_REVISIONS = 50;

/** A save thins its scenario's history when its version is a multiple of this. */
export const THIN_EVERY_VERSIONS = 25;

/**
 * Deletes the revisions that the policy does not keep, and answers how many. Kept: the newest
 * KEEP_NEWEST_REVISIONS, the first (created), every restore and the state it replaced (so a
 * restore can always be undone), and of the other saves the last of each 10 minutes for a day, of
 * each hour for 30 days, and of each day after that.
 */
export async function thinRevisions(db: OrgwiseDb, scenarioId: string): Promise<number> {
  const result = (await db.execute(sql`
    DELETE FROM ${scenarioRevisions} AS r
    USING (
      SELECT version,
        row_number() OVER (ORDER BY version DESC) AS recency,
        row_number() OVER (PARTITION BY tier, period ORDER BY version DESC) AS latest_in_period
      FROM (
        SELECT version,
          CASE
            WHEN created_at > now() - interval '1 day' THEN 1
            WHEN created_at > now() - interval '30 days' THEN 2
            ELSE 3
          END AS tier,
          CASE
          WHEN created_at > now() - interval '1 day'
            THEN date_bin('10 minutes', created_at, TIMESTAMPTZ '2000-01-01 00:00:00+00')
          WHEN created_at > now() - interval '30 days' THEN date_trunc('hour', created_at, 'UTC')
          ELSE date_trunc('day', created_at, 'UTC')
          END AS period
        FROM ${scenarioRevisions}
        WHERE scenario_id = ${scenarioId}
      ) AS periods
    ) AS ranked
    WHERE r.scenario_id = ${scenarioId}
      AND r.version = ranked.version
      AND r.kind = 'updated'
      AND NOT EXISTS (
        SELECT 1 FROM ${scenarioRevisions} AS restore
        WHERE restore.scenario_id = r.scenario_id
          AND restore.version = r.version + 1
          AND restore.kind = 'restored'
      )
      AND ranked.recency > ${KEEP_NEWEST_REVISIONS}
      AND ranked.latest_in_period > 1
    RETURNING r.version`)) as unknown as { rows: unknown[] };
  return result.rows.length;
}
