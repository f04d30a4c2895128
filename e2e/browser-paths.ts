import { existsSync } from 'node:fs';
import { firefox, type LaunchOptions } from '@playwright/test';

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

/**
 * How to launch Firefox, or undefined when this machine has none: `PLAYWRIGHT_FIREFOX_PATH` when
 * set, else the distribution's Firefox (Debian's `firefox-esr`), both driven over WebDriver BiDi
 * (Playwright's `moz-firefox` channel); else Playwright's own Firefox when it was installed
 * (`npx playwright install firefox`).
 */
export function firefoxLaunchOptions(): LaunchOptions | undefined {
  const system =
    process.env.PLAYWRIGHT_FIREFOX_PATH ||
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
  if (system) return { channel: 'moz-firefox', executablePath: system };
  return existsSync(firefox.executablePath()) ? {} : undefined;
}
