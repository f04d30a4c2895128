import { readFileSync } from 'node:fs';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { schema } from './schema.js';

// The committed migrations must produce exactly the schema in schema.ts: a change to the schema
// without `pnpm db:generate` would run against a database that lacks it.

const folder = new URL('./migrations/', import.meta.url);
const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', folder), 'utf8')) as {
  entries: { idx: number; tag: string }[];
};
const latest = journal.entries.at(-1)!;
const snapshot = JSON.parse(
  readFileSync(
    new URL(`meta/${String(latest.idx).padStart(4, '0')}_snapshot.json`, folder),
    'utf8',
  ),
);

describe('the committed migrations', () => {
  test('match src/storage/schema.ts (run `pnpm db:generate` after changing it)', async () => {
    expect(await generateMigration(snapshot, generateDrizzleJson(schema, snapshot.id))).toEqual([]);
  });

  test('the check notices a schema change', async () => {
    const changed = { ...schema, notes: pgTable('notes', { id: text('id').primaryKey() }) };
    const statements = await generateMigration(snapshot, generateDrizzleJson(changed, snapshot.id));
    expect(statements.join('\n')).toContain('CREATE TABLE "notes"');
  });

  test('every migration in the journal has its SQL file', () => {
    for (const entry of journal.entries) {
      expect(readFileSync(new URL(`${entry.tag}.sql`, folder), 'utf8')).toMatch(/CREATE|ALTER/);
    }
  });
});
