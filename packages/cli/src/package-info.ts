import { readFileSync } from 'node:fs';

export interface PackageInfo {
  name: string;
  version: string;
  homepage: string;
}

let cached: PackageInfo | undefined;

/**
 * The CLI's name, version and homepage, from its own package.json (one level above both src/ and
 * dist/), so that `--version` and SARIF's tool.driver never drift from the published package.
 */
export function packageInfo(): PackageInfo {
  cached ??= JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ) as PackageInfo;
  return cached;
}
