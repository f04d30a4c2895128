import type { Chart, Locale, RuleSettings } from '@orgwise/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

// The one schema of Orgwise's database, for PGlite and PostgreSQL alike. Migrations are generated
// from it with `pnpm db:generate` (drizzle-kit) into ./migrations and applied at start-up.

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A client engagement or a team's planning space: holds scenarios and the rule settings. */
export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  client: text('client'),
  /** Private to the people who edit the workspace: share links never show them. */
  notes: text('notes').notNull().default(''),
  /** What everyone who opens a share link of the workspace reads. */
  sharedNotes: text('shared_notes').notNull().default(''),
  /** The rule settings the editor saves; the scenarios' reports use them. */
  rules: jsonb('rules').$type<RuleSettings>().notNull().default({}),
  /** The language of its decks and share page ('en', 'da', 'nl'); null: the reader's. */
  language: text('language').$type<Locale>(),
  /** Counts changes to the workspace's own fields and to the order of its scenarios. */
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/**
 * One option for the structure ("Current", "Option A: split CIO and CTO"). Its chart is the chart
 * of its latest revision: each save writes the chart once, into scenario_revisions.
 */
export const scenarios = pgTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The scenario this one was derived from; cleared when that one is deleted. */
    derivedFrom: text('derived_from').references((): AnyPgColumn => scenarios.id, {
      onDelete: 'set null',
    }),
    /** Sort key within the workspace (ties fall back to creation time). */
    position: integer('position').notNull(),
    /** The number of positions of the current chart, so that lists need not read charts. */
    positionCount: integer('position_count').notNull(),
    /** The current revision's number: 1 on creation, one more with every save. */
    version: integer('version').notNull(),
    ...timestamps,
    /**
     * When the scenario was deleted. A deleted scenario keeps its revisions and can be brought
     * back for DELETED_SCENARIO_DAYS; every other read and change passes it by.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (table) => [
    index('scenarios_workspace_position').on(table.workspaceId, table.position),
    index('scenarios_deleted').on(table.deletedAt).where(sql`${table.deletedAt} IS NOT NULL`),
  ],
);

/**
 * The saved states of a scenario, the current one included; never changed once written, and
 * thinned with age (revision-thinning.ts).
 */
export const scenarioRevisions = pgTable(
  'scenario_revisions',
  {
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    chart: jsonb('chart').$type<Chart>().notNull(),
    positionCount: integer('position_count').notNull(),
    /** How this revision came about. */
    kind: text('kind', { enum: ['created', 'updated', 'restored'] }).notNull(),
    /** For a restore: the revision that was brought back. */
    restoredFrom: integer('restored_from'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.version] })],
);

/**
 * A read-only link to a workspace, for a client to view the options without an account. Only the
 * SHA-256 of the token is kept, so a copy of the database does not open any link. Revoking a link
 * deletes its row.
 */
export const shareLinks = pgTable(
  'share_links',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Hex SHA-256 of the token the link carries. */
    tokenHash: text('token_hash').notNull(),
    /** What the link is for ("Board, 14 March"), so that it can be told apart when revoking. */
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** From this moment the link opens nothing; null: until revoked. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** scrypt hash of the password a viewer must give (share-password.ts); null: none. */
    passwordHash: text('password_hash'),
  },
  (table) => [
    uniqueIndex('share_links_token_hash').on(table.tokenHash),
    index('share_links_workspace').on(table.workspaceId, table.createdAt),
  ],
);

export const schema = { workspaces, scenarios, scenarioRevisions, shareLinks };
