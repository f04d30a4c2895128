import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Deep-chart tests (100,000 levels) prove that nothing recurses by finishing; shared CI
    // machines are slow, so the limit is generous. Speed is measured by the benchmarks.
    testTimeout: 60_000,
  },
});
