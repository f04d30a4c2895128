import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../browser-paths.js';

// The editor benchmark (editor.bench.ts) runs in Playwright's runner for its browser and
// TypeScript support, but it is a measurement script, not a test: `pnpm --filter @orgwise/web
// bench` runs it after a fresh build, against Vite's preview server (the editor alone, no API).
const port = Number(process.env.BENCH_PORT ?? 4179);

export default defineConfig({
  testDir: '.',
  testMatch: 'editor.bench.ts',
  timeout: 10 * 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox'] },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    cwd: '../../apps/web',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
