import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

const formats = ['text', 'json', 'sarif'];

describe('orgwise check: exit codes', () => {
  it.each(formats)('exits 0 for a clean chart (%s)', async (format) => {
    expect((await runCli(['check', '-f', format, 'fixtures/clean.json'])).code).toBe(0);
  });

  it.each(formats)('exits 1 when there are errors (%s)', async (format) => {
    expect((await runCli(['check', '-f', format, 'fixtures/errors.json'])).code).toBe(1);
  });

  it.each(formats)('exits 0 for warnings without --max-warnings (%s)', async (format) => {
    expect((await runCli(['check', '-f', format, 'fixtures/warnings.json'])).code).toBe(0);
  });

  it.each(formats)('exits 2 for malformed or invalid input (%s)', async (format) => {
    for (const file of ['fixtures/malformed.json', 'fixtures/invalid-json.json', 'missing.json']) {
      expect((await runCli(['check', '-f', format, file])).code).toBe(2);
    }
  });

  it('exits 1 only when the warnings exceed --max-warnings', async () => {
    const check = (max: string) =>
      runCli(['check', '--max-warnings', max, 'fixtures/warnings.json']);
    expect((await check('2')).code).toBe(0);
    const over = await check('1');
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      'orgwise: too many warnings: 2, more than the maximum of 1 (--max-warnings)\n',
    );
    expect((await check('0')).code).toBe(1);
  });

  it('counts the warnings of all files together against --max-warnings', async () => {
    const run = await runCli([
      'check',
      '--max-warnings',
      '3',
      'fixtures/warnings.json',
      'fixtures/warnings.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('too many warnings: 4');
  });

  it('exits 2 when a file is unreadable even if another has errors', async () => {
    const run = await runCli(['check', 'fixtures/errors.json', 'fixtures/malformed.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('fixtures/errors.json\n  Errors (3)');
  });
});

describe('orgwise check: input problems', () => {
  it('names the file, line, column and path of each problem in a malformed chart', async () => {
    const run = await runCli(['check', 'fixtures/malformed.json']);
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^fixtures\/malformed\.json:5:20: positions\[1\]\.title \(position "cto"\): \S/,
      ),
      expect.stringMatching(/^fixtures\/malformed\.json:6:5: positions\[2\]\.id: \S/),
      '',
    ]);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const run = await runCli(['check', 'fixtures/invalid-json.json']);
    expect(run.stderr).toBe(
      'fixtures/invalid-json.json:5:5: Invalid JSON: Expected "," or "]" after an array element, found "{"\n',
    );
  });

  it('says why a file cannot be read', async () => {
    expect((await runCli(['check', 'missing.json'])).stderr).toBe(
      'missing.json: Cannot read the file: no such file\n',
    );
    expect((await runCli(['check', 'fixtures'])).stderr).toBe(
      'fixtures: Cannot read the file: it is a directory, not a file\n',
    );
  });

  it('never prints a stack trace for bad input', async () => {
    for (const file of ['fixtures/malformed.json', 'fixtures/invalid-json.json', 'missing.json']) {
      const run = await runCli(['check', file]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('orgwise check --rules', () => {
  it('applies the settings: a raised severity fails the check', async () => {
    const run = await runCli([
      'check',
      '--rules',
      'fixtures/rules/strict.json',
      'fixtures/warnings.json',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 error, 1 warning, 0 infos in 1 file');
  });

  it('applies the settings: options and "off"', async () => {
    const run = await runCli([
      'check',
      '--max-warnings',
      '0',
      '--rules',
      'fixtures/rules/relaxed.json',
      'fixtures/warnings.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No problems found.');
  });

  it('exits 2 with the path of each problem in invalid settings, checking nothing', async () => {
    const run = await runCli([
      'check',
      '--rules',
      'fixtures/rules/invalid.json',
      'fixtures/clean.json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^fixtures\/rules\/invalid\.json:2:36: span-of-control\[1\]\.max: \S/),
      'fixtures/rules/invalid.json:3:3: no-such-rule: Unknown rule "no-such-rule"',
      expect.stringMatching(
        /^fixtures\/rules\/invalid\.json:4:3: vacant-executive: Unknown level "loud"/,
      ),
      'orgwise: no chart was checked, because the rule settings are invalid',
    ]);
  });

  it('exits 2 when the settings file is missing, not JSON or not an object', async () => {
    const missing = await runCli(['check', '--rules', 'nope.json', 'fixtures/clean.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: Cannot read the file: no such file');
    const notJson = await runCli([
      'check',
      '--rules',
      'fixtures/invalid-json.json',
      'fixtures/clean.json',
    ]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('fixtures/invalid-json.json:5:5: Invalid JSON');
    const notSettings = await runCli([
      'check',
      '--rules',
      'fixtures/clean.json',
      'fixtures/clean.json',
    ]);
    expect(notSettings.code).toBe(2);
    expect(notSettings.stderr).toContain(
      'fixtures/clean.json:2:3: version: Unknown rule "version"',
    );
  });
});

describe('orgwise check: language', () => {
  it('reports in the language of --lang, or of the environment, else English', async () => {
    const danish = await runCli(['check', '--lang', 'da', 'fixtures/warnings.json']);
    expect(danish.stdout).toContain('Advarsler (2)');
    expect(danish.stdout).toContain('0 fejl, 2 advarsler, 0 bemærkninger i 1 fil');
    expect(danish.stdout).toMatch(
      /vacant-executive {2}Stillingen som CFO “Chief Financial Officer” er ubesat/,
    );

    const dutch = await runCli(['check', 'fixtures/warnings.json'], {
      env: { LANG: 'nl_NL.UTF-8' },
    });
    expect(dutch.stdout).toContain('0 fouten, 2 waarschuwingen, 0 opmerkingen in 1 bestand');

    const english = await runCli(['check', 'fixtures/warnings.json'], { env: { LANG: 'C' } });
    expect(english.stdout).toContain('0 errors, 2 warnings, 0 infos in 1 file');
  });

  it('translates messages in JSON too, keeping ids and data', async () => {
    const json = (lang: string) =>
      runCli(['check', '-f', 'json', '--lang', lang, 'fixtures/warnings.json']).then(
        (run) => JSON.parse(run.stdout)[0].report.findings[0],
      );
    const [english, dutch] = await Promise.all([json('en'), json('nl')]);
    expect(dutch.messageId).toBe(english.messageId);
    expect(dutch.data).toEqual(english.data);
    expect(dutch.message).toMatch(/^De functie van CFO “Chief Financial Officer” is vacant/);
  });

  it('refuses a language it does not speak', async () => {
    const run = await runCli(['check', '--lang', 'fr', 'fixtures/clean.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("argument 'fr' is invalid. Allowed choices are en, da, nl.");
  });
});
