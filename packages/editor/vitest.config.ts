import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The property tests run hundreds of random edit histories each: a second alone, several on a
  // loaded two-core CI machine, where the default 5 s would fail them for nothing.
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
