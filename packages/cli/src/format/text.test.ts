import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ansi, engineReport, runCli, stripAnsi } from '../../test/run-cli.js';

describe('orgwise check (text)', () => {
  it('says a clean chart has no problems, and exits 0', async () => {
    const run = await runCli(['check', 'fixtures/clean.json']);
    expect(run).toEqual({
      code: 0,
      stdout:
        'fixtures/clean.json\n  No problems found.\n\n0 errors, 0 warnings, 0 infos in 1 file\n',
      stderr: '',
    });
  });

  it('prints each finding with its rule, message, positions as title (id) and fixes', async () => {
    const run = await runCli(['check', 'fixtures/errors.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('fixtures/errors.json');
    expect(lines[1]).toBe('  Errors (3)');

    // Every finding of the engine, in the engine's order, with every suggestion.
    let at = 2;
    for (const finding of engineReport('fixtures/errors.json').findings) {
      expect(lines[at]).toBe(`    error  ${finding.ruleId}  ${finding.message}`);
      at += 2;
      for (const suggestion of finding.suggestions) {
        expect(lines[at++]).toBe(`      fix: ${suggestion.title}`);
      }
    }
    expect(lines[at]).toBe('');
    expect(lines[at + 1]).toBe('3 errors, 0 warnings, 0 infos in 1 file');

    expect(run.stdout).toContain(
      '      positions: Head of Sales (sales), Sales Operations Lead (sales-ops)\n',
    );
    expect(run.stdout).toContain('      positions: Finance Director (finance)\n');
    expect(run.stdout).toContain(
      '      fix: Let “Finance Director” report to “Chief Executive Officer” (id "ceo")\n',
    );
  });

  it('groups findings by severity, errors first', async () => {
    // With span-of-control raised to an error, the vacant CFO is a warning: severity comes first.
    const run = await runCli([
      'check',
      '--rules',
      'fixtures/rules/strict.json',
      'fixtures/warnings.json',
    ]);
    const headings = run.stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(headings).toEqual(['  Errors (1)', '  Warnings (1)']);
    expect(run.stdout).toMatch(/Errors \(1\)\n {4}error {2}span-of-control {2}/);
    expect(run.stdout).toMatch(/Warnings \(1\)\n {4}warning {2}vacant-executive {2}/);
  });

  it('reports several files in the order given, with one summary over all', async () => {
    const run = await runCli([
      'check',
      'fixtures/warnings.json',
      'fixtures/clean.json',
      'fixtures/errors.json',
    ]);
    expect(run.code).toBe(1);
    const headers = run.stdout.split('\n').filter((line) => line.startsWith('fixtures/'));
    expect(headers).toEqual([
      'fixtures/warnings.json',
      'fixtures/clean.json',
      'fixtures/errors.json',
    ]);
    expect(run.stdout).toContain('\n3 errors, 2 warnings, 0 infos in 3 files\n');
  });

  it('lists the first ten positions of a large finding and counts the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwise-cli-'));
    const positions = Array.from({ length: 15 }, (_, k) => ({
      id: `p${k}`,
      title: `Team lead ${k}`,
      reportsTo: `p${(k + 1) % 15}`,
    }));
    writeFileSync(join(dir, 'loop.json'), JSON.stringify({ positions }));
    const run = await runCli(['check', 'loop.json'], { cwd: dir });
    rmSync(dir, { recursive: true, force: true });
    const shown = positions.slice(0, 10).map((position) => `${position.title} (${position.id})`);
    expect(run.stdout).toContain(`      positions: ${shown.join(', ')}, … and 5 more\n`);
  });

  it('counts files that could not be checked in the summary', async () => {
    const run = await runCli(['check', 'fixtures/clean.json', 'fixtures/malformed.json']);
    expect(run.stdout).toContain(
      '0 errors, 0 warnings, 0 infos in 1 file; 1 file could not be checked\n',
    );
  });

  it('colours a terminal and nothing else', async () => {
    const terminal = await runCli(['check', 'fixtures/errors.json'], { tty: true });
    expect(terminal.stdout).toMatch(ansi);
    const piped = await runCli(['check', 'fixtures/errors.json'], { tty: false });
    expect(piped.stdout).not.toMatch(ansi);
  });

  it('keeps the same text under the colours', async () => {
    const plain = await runCli(['check', 'fixtures/errors.json']);
    const coloured = await runCli(['check', 'fixtures/errors.json'], { tty: true });
    expect(stripAnsi(coloured.stdout)).toBe(plain.stdout);
  });

  it('follows NO_COLOR, FORCE_COLOR and --color / --no-color', async () => {
    const check = ['check', 'fixtures/warnings.json'];
    expect((await runCli(check, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runCli(check, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await runCli([...check, '--color'])).stdout).toMatch(ansi);
    expect((await runCli([...check, '--no-color'], { tty: true })).stdout).not.toMatch(ansi);
    expect(
      (await runCli([...check, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toMatch(ansi);
  });
});
