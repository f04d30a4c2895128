import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'quality/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // Large-chart tests (a million positions) guard against quadratic work by finishing at all;
    // CI machines are slow and shared, so the limit is generous. Speed is measured in bench/.
    testTimeout: 120_000,
  },
});
