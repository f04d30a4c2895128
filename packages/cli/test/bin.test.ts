import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ansi, engineReport, packageDir } from './run-cli.js';

/** Runs the built bin as a user's shell would, from the package directory. */
function orgwise(args: string[], env: Record<string, string> = {}) {
  const { NO_COLOR: _, FORCE_COLOR: __, ...inherited } = process.env;
  return spawnSync(process.execPath, ['dist/bin.js', ...args], {
    cwd: packageDir,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}

describe('dist/bin.js', () => {
  it('exits 0 for a clean chart', () => {
    const run = orgwise(['check', 'fixtures/clean.json']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 errors, 0 warnings, 0 infos in 1 file');
  });

  it('exits 1 with the JSON report of a chart with errors', () => {
    const run = orgwise(['check', '--format', 'json', 'fixtures/errors.json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'fixtures/errors.json', report: engineReport('fixtures/errors.json') },
    ]);
  });

  it('exits 2 for malformed input, with the problem on stderr and no stack trace', () => {
    const run = orgwise(['check', 'fixtures/malformed.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fixtures/malformed.json:5:20: positions[1].title');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('does not colour a pipe, and follows FORCE_COLOR', () => {
    expect(orgwise(['check', 'fixtures/errors.json']).stdout).not.toMatch(ansi);
    expect(orgwise(['check', 'fixtures/errors.json'], { FORCE_COLOR: '1' }).stdout).toMatch(ansi);
  });

  it('exits 2 for an unknown option', () => {
    const run = orgwise(['check', '--nope', 'fixtures/clean.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--nope'");
  });
});
