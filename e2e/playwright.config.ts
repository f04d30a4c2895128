import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumPath, firefoxLaunchOptions } from './browser-paths.js';
import { API_KEY, KEYED_PORT } from './support/keyed-server.js';

// The tests drive the real app: the built API process serving the built editor, with an
// embedded database in a fresh directory, exactly as `pnpm start` runs it for a user; and a
// second one protected by an API key.
// E2E_BASE_URL points the tests at an app already running (e.g. `vite dev` while working on the
// editor); without it they start their own.
const port = Number(process.env.E2E_PORT ?? 3199);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
const firefox = firefoxLaunchOptions();
if (firefox === undefined && process.env.TEST_WORKER_INDEX === undefined) {
  console.warn(
    'No Firefox found: the tests run in Chromium only. Install one (Debian: apt-get install firefox-esr) or run `npx playwright install firefox`.',
  );
}

export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath(), args: ['--no-sandbox'] },
      },
    },
    // Debian's Firefox ESR trails the Firefox that Playwright's WebDriver BiDi support is built
    // against; patches/playwright-core@*.patch bridges the three gaps this suite runs into.
    ...(firefox === undefined
      ? []
      : [
          {
            name: 'firefox',
            // Driven over WebDriver BiDi, each step takes longer than in Chromium.
            timeout: 60_000,
            // The audit judges the page's markup, the same in every browser; in Firefox it takes
            // a minute and a half of CI time for nothing more. The save-conflict, API-key and
            // share-link specs test the server's protocol through dialogs that Firefox already
            // runs in other specs: two more minutes of CI for nothing Firefox-specific.
            testIgnore: [
              'accessibility.spec.ts',
              'saving-conflict.spec.ts',
              'api-key.spec.ts',
              'share.spec.ts',
              'share-access.spec.ts',
            ],
            use: { browserName: 'firefox' as const, launchOptions: firefox },
          },
        ]),
  ],
  webServer: external
    ? undefined
    : [
        appServer(port, {}),
        // The protected install of api-key.spec.ts.
        appServer(KEYED_PORT, { ORGWISE_API_KEY: API_KEY }),
      ],
});

function appServer(listen: number, env: Record<string, string>) {
  return {
    command: 'node ../apps/api/dist/index.js',
    url: `http://127.0.0.1:${listen}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(listen),
      HOST: '127.0.0.1',
      ORGWISE_DATA_DIR: mkdtempSync(join(tmpdir(), 'orgwise-e2e-')),
      LOG_LEVEL: 'warn',
      // Every test saves as it edits; two workers would reach a public server's rate limit.
      RATE_LIMIT_MAX: '0',
      ...env,
    },
  };
}
