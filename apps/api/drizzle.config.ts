import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes a migration for every change to src/storage/schema.ts. Commit it: the
// server applies new migrations at start-up (src/storage/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema.ts',
  out: './src/storage/migrations',
});
