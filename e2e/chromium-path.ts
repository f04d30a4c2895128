import { existsSync } from 'node:fs';

/**
 * The Chromium to test in: `PLAYWRIGHT_CHROMIUM_PATH` when set, else the distribution's Chromium
 * when installed (Debian's `chromium` package: CI machines cannot download Playwright's own
 * browser), else undefined, which makes Playwright use its own browser
 * (`npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}
