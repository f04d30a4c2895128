import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Decks of thousands of positions are written and read back whole; shared CI machines are
    // slow, so the limit is generous. Speed is measured by the bench.
    testTimeout: 60_000,
  },
});
