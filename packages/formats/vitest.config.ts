import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Imports of 20,000 rows and whole decks run in these tests; shared CI machines are slow.
    testTimeout: 60_000,
  },
});
