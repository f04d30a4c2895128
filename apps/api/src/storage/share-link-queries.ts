import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import { newId } from './ids.js';
import type { Scenario, Workspace } from './records.js';
import { notDeleted, toScenario, toWorkspace, workspaceExists } from './rows.js';
import { scenarioRevisions, scenarios, shareLinks, workspaces } from './schema.js';

// Read-only links to a workspace. The token is 32 random bytes (256 bits) from the operating
// system's CSPRNG in base64url (43 characters); only its SHA-256 is stored, and a token is looked up
// by its hash, so neither a copy of the database nor the timing of the lookup gives a link away.

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export interface ShareLink {
  id: string;
  workspaceId: string;
  label: string;
  createdAt: string;
}

export interface CreatedShareLink extends ShareLink {
  /** Given out once, on creation; the server cannot tell it again. */
  token: string;
}

export interface SharedWorkspace {
  workspace: Workspace;
  /** In the workspace's order, each with its current chart. */
  scenarios: Scenario[];
}

/** Whether `text` has the shape of a share token (it may still open nothing). */
export function isShareToken(text: string): boolean {
  return tokenPattern.test(text);
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function toShareLink(row: typeof shareLinks.$inferSelect): ShareLink {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A new link to the workspace; undefined when there is no such workspace. */
export async function createShareLink(
  db: OrgwiseDb,
  workspaceId: string,
  label: string,
): Promise<CreatedShareLink | undefined> {
  if (!(await workspaceExists(db, workspaceId))) return undefined;
  const token = randomBytes(32).toString('base64url');
  // A workspace deleted in between fails the foreign key: the caller then answers 404 too.
  const [row] = await db
    .insert(shareLinks)
    .values({ id: newId(), workspaceId, tokenHash: tokenHash(token), label })
    .onConflictDoNothing()
    .returning();
  if (row === undefined) throw new Error('A share token collided; this needs 2^128 tries.');
  return { ...toShareLink(row), token };
}

/** The workspace's links, newest first; undefined when there is no such workspace. */
export async function listShareLinks(
  db: OrgwiseDb,
  workspaceId: string,
): Promise<ShareLink[] | undefined> {
  if (!(await workspaceExists(db, workspaceId))) return undefined;
  const rows = await db
    .select()
    .from(shareLinks)
    .where(eq(shareLinks.workspaceId, workspaceId))
    .orderBy(desc(shareLinks.createdAt), asc(shareLinks.id));
  return rows.map(toShareLink);
}

/** Revokes a link of the workspace: whether there was one to revoke. */
export async function revokeShareLink(
  db: OrgwiseDb,
  workspaceId: string,
  linkId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(shareLinks)
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId)))
    .returning({ id: shareLinks.id });
  return deleted.length > 0;
}

/** What a token opens: the workspace and its scenarios; undefined for a revoked or unknown one. */
export async function openShareLink(
  db: OrgwiseDb,
  token: string,
): Promise<SharedWorkspace | undefined> {
  if (!isShareToken(token)) return undefined;
  // One transaction, so that the scenarios are those of the workspace at one moment.
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ workspace: workspaces })
      .from(shareLinks)
      .innerJoin(workspaces, eq(workspaces.id, shareLinks.workspaceId))
      .where(eq(shareLinks.tokenHash, tokenHash(token)));
    if (found === undefined) return undefined;
    const rows = await tx
      .select({ scenario: scenarios, chart: scenarioRevisions.chart })
      .from(scenarios)
      .innerJoin(
        scenarioRevisions,
        and(
          eq(scenarioRevisions.scenarioId, scenarios.id),
          eq(scenarioRevisions.version, scenarios.version),
        ),
      )
      .where(and(eq(scenarios.workspaceId, found.workspace.id), notDeleted))
      .orderBy(asc(scenarios.position), asc(scenarios.createdAt), asc(scenarios.id));
    return {
      workspace: toWorkspace(found.workspace),
      scenarios: rows.map((row) => toScenario(row.scenario, row.chart)),
    };
  });
}
