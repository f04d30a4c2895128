import { defineConfig } from 'vitest/config';

// Pure adapters run in Node; component tests opt into a DOM with a
// `// @vitest-environment happy-dom` comment at the top of the file.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    // Deep-chart tests (100,000 levels) prove that nothing recurses by finishing; shared CI
    // machines are slow, so the limit is generous. Speed is measured by the benchmarks.
    testTimeout: 60_000,
  },
});
