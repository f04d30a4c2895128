import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    testTimeout: 20_000,
    // Opening a test database (a PGlite copy, or a new database on the PostgreSQL server) takes a
    // second or two, more on a loaded two-core CI machine.
    hookTimeout: 30_000,
  },
});
