import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end test runs dist/bin.js, so the build must be current before any test runs.
    globalSetup: ['./test/build-before-tests.ts'],
    testTimeout: 30_000,
  },
});
