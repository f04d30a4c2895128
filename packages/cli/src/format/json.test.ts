import { describe, expect, it } from 'vitest';
import { engineReport, runCli } from '../../test/run-cli.js';

describe('orgwise check --format json', () => {
  it("prints an array with the engine's ValidationReport for one file", async () => {
    const run = await runCli(['check', '--format', 'json', 'fixtures/errors.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'fixtures/errors.json', report: engineReport('fixtures/errors.json') },
    ]);
  });

  it('keeps the array shape for several files, in the order given', async () => {
    const run = await runCli([
      'check',
      '-f',
      'json',
      'fixtures/clean.json',
      'fixtures/warnings.json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'fixtures/clean.json', report: engineReport('fixtures/clean.json') },
      { file: 'fixtures/warnings.json', report: engineReport('fixtures/warnings.json') },
    ]);
  });

  it('applies the rule settings of --rules', async () => {
    const run = await runCli([
      'check',
      '-f',
      'json',
      '--rules',
      'fixtures/rules/strict.json',
      'fixtures/warnings.json',
    ]);
    expect(run.code).toBe(1);
    const [entry] = JSON.parse(run.stdout);
    expect(entry.report).toEqual(
      engineReport('fixtures/warnings.json', { 'span-of-control': ['error', { max: 12 }] }),
    );
    expect(entry.report.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
  });

  it('is never coloured, so that it stays parseable', async () => {
    const run = await runCli(['check', '-f', 'json', 'fixtures/errors.json'], {
      tty: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('reports the readable files and leaves input problems to stderr', async () => {
    const run = await runCli([
      'check',
      '-f',
      'json',
      'fixtures/malformed.json',
      'fixtures/clean.json',
    ]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'fixtures/clean.json', report: engineReport('fixtures/clean.json') },
    ]);
    expect(run.stderr).toContain('fixtures/malformed.json:5:20: positions[1].title');
  });
});
