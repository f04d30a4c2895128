import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';
import { packageInfo } from './package-info.js';

describe('orgwise: usage', () => {
  it('prints help with the commands and exit codes, exiting 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const text of ['check', 'rules', 'explain', 'Exit codes:']) {
      expect(run.stdout).toContain(text);
    }
  });

  it("documents check's formats, the JSON shape and the exit codes in its help", async () => {
    const run = await runCli(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--max-warnings <number>');
    expect(run.stdout).toContain('[{ "file", "report" }]');
    expect(run.stdout).toContain('SARIF 2.1.0');
    expect(run.stdout).toContain('2  wrong usage');
  });

  it('prints the version of the package', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${packageInfo().version}\n`, stderr: '' });
  });

  it.each([
    [['check', '--bogus', 'fixtures/clean.json'], "unknown option '--bogus'"],
    [['check'], "missing required argument 'files'"],
    [['check', '--format', 'xml', 'fixtures/clean.json'], 'Allowed choices are text, json, sarif'],
    [['check', '--max-warnings', '-1', 'fixtures/clean.json'], 'Expected a whole number'],
    [['check', '--max-warnings', 'many', 'fixtures/clean.json'], 'Expected a whole number'],
    [['chek', 'fixtures/clean.json'], 'Did you mean check?'],
    [['explain'], "missing required argument 'rule'"],
    [['rules', '--format', 'sarif'], 'Allowed choices are text, json'],
  ])('exits 2 for wrong usage: %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 and shows the help when no command is given', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: orgwise');
  });
});
