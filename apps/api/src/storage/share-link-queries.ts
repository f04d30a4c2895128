import { createHash, randomBytes } from 'node:crypto';
import type { ShareLink } from '@orgwise/contract';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { OrgwiseDb } from './database.js';
import { newId } from './ids.js';
import type { Workspace } from './records.js';
import { notDeleted, toWorkspace, workspaceExists } from './rows.js';
import { scenarioRevisions, scenarios, shareLinks, workspaces } from './schema.js';

// Read-only links to a workspace. The token is 32 random bytes (256 bits) from the operating
// system's CSPRNG in base64url (43 characters); only its SHA-256 is stored, and a token is looked up
// by its hash, so neither a copy of the database nor the timing of the lookup gives a link away.

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export type { ShareLink };

export interface CreatedShareLink extends ShareLink {
  /** Given out once, on creation; the server cannot tell it again. */
  token: string;
}

/** What can be set on a link; the password arrives here already hashed. */
export interface ShareLinkAccess {
  label: string;
  expiresAt: Date | null;
  passwordHash: string | null;
}

/** What a token names, before anything of the workspace is read. */
export interface FoundShareLink {
  workspaceId: string;
  expiresAt: Date | null;
  passwordHash: string | null;
}

export interface SharedScenario {
  name: string;
  description: string;
  updatedAt: string;
  positionCount: number;
  /**
   * The chart as JSON text, as the database writes it: the shared view passes it on without
   * parsing it on the server's main thread (a workspace may hold several 100,000-position charts).
   */
  chartJson: string;
}

export interface SharedWorkspace {
  workspace: Workspace;
  /** In the workspace's order. */
  scenarios: SharedScenario[];
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
    expiresAt: row.expiresAt?.toISOString() ?? null,
    hasPassword: row.passwordHash !== null,
  };
}

/** A new link to the workspace; undefined when there is no such workspace. */
export async function createShareLink(
  db: OrgwiseDb,
  workspaceId: string,
  access: ShareLinkAccess,
): Promise<CreatedShareLink | undefined> {
  if (!(await workspaceExists(db, workspaceId))) return undefined;
  const token = randomBytes(32).toString('base64url');
  // A workspace deleted in between fails the foreign key: the caller then answers 404 too.
  const [row] = await db
    .insert(shareLinks)
    .values({ id: newId(), workspaceId, tokenHash: tokenHash(token), ...access })
    .onConflictDoNothing()
    .returning();
  if (row === undefined) throw new Error('A share token collided; this needs 2^128 tries.');
  return { ...toShareLink(row), token };
}

/** Changes a link of the workspace; undefined when it has no such link. */
export async function updateShareLink(
  db: OrgwiseDb,
  workspaceId: string,
  linkId: string,
  changes: Partial<ShareLinkAccess>,
): Promise<ShareLink | undefined> {
  const [row] = await db
    .update(shareLinks)
    .set(changes)
    .where(and(eq(shareLinks.id, linkId), eq(shareLinks.workspaceId, workspaceId)))
    .returning();
  return row === undefined ? undefined : toShareLink(row);
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

/** The link a token belongs to, with what guards it; undefined for a revoked or unknown one. */
export async function findShareLink(
  db: OrgwiseDb,
  token: string,
): Promise<FoundShareLink | undefined> {
  if (!isShareToken(token)) return undefined;
  const [row] = await db
    .select({
      workspaceId: shareLinks.workspaceId,
      expiresAt: shareLinks.expiresAt,
      passwordHash: shareLinks.passwordHash,
    })
    .from(shareLinks)
    .where(eq(shareLinks.tokenHash, tokenHash(token)));
  return row;
}

/** The workspace and its scenarios as a link shows them; undefined once the workspace is gone. */
export async function readSharedWorkspace(
  db: OrgwiseDb,
  workspaceId: string,
): Promise<SharedWorkspace | undefined> {
  // One transaction, so that the scenarios are those of the workspace at one moment.
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(workspaces).where(eq(workspaces.id, workspaceId));
    if (found === undefined) return undefined;
    const rows = await tx
      .select({
        name: scenarios.name,
        description: scenarios.description,
        updatedAt: scenarios.updatedAt,
        positionCount: scenarios.positionCount,
        chartJson: sql<string>`${scenarioRevisions.chart}::text`,
      })
      .from(scenarios)
      .innerJoin(
        scenarioRevisions,
        and(
          eq(scenarioRevisions.scenarioId, scenarios.id),
          eq(scenarioRevisions.version, scenarios.version),
        ),
      )
      .where(and(eq(scenarios.workspaceId, workspaceId), notDeleted))
      .orderBy(asc(scenarios.position), asc(scenarios.createdAt), asc(scenarios.id));
    return {
      workspace: toWorkspace(found),
      scenarios: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
    };
  });
}
