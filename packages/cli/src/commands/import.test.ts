import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateChart } from '@orgwise/domain/testing';
import { formatById } from '@orgwise/formats';
import { documentOf, googleDirectoryDocument, roundTripFormats } from '@orgwise/formats/testing';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

// The formats package's realistic directory answers.
const scimFixture = '../formats/fixtures/scim-users.json';

const lines = (positions: { id: string; reportsTo?: string | null }[]) =>
  Object.fromEntries(positions.map((position) => [position.id, position.reportsTo ?? null]));

describe('orgwise import', () => {
  it('writes the chart JSON of a SCIM document, and says on stderr what it left out', async () => {
    const run = await runCli(['import', '--format', 'scim', scimFixture]);
    expect(run.code).toBe(0);
    const chart = JSON.parse(run.stdout);
    expect(chart.positions).toHaveLength(5);
    expect(chart.positions[1]).toMatchObject({ title: 'CTO', department: 'Teknologi' });
    expect(run.stderr).toContain(
      `${scimFixture}: [0].Resources[3]: the account is disabled ("active" is false); the person is left out\n`,
    );
  });

  describe.each([5, 5000])('a realistic document of %i people', (size) => {
    const chart = generateChart(size);
    it.each(roundTripFormats)(
      'keeps every reporting line from %s, file to file',
      async (format) => {
        const dir = mkdtempSync(join(tmpdir(), 'orgwise-import-'));
        writeFileSync(join(dir, 'people'), await documentOf(format, chart));
        const run = await runCli(['import', '-f', format, 'people', '-o', 'chart.json'], {
          cwd: dir,
        });
        expect(run.stderr).toBe(`Wrote ${size} positions to chart.json\n`);
        const written = JSON.parse(readFileSync(join(dir, 'chart.json'), 'utf8'));
        expect(lines(written.positions)).toEqual(lines(chart.positions));
      },
    );
  });

  it('reads a workbook through the header mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwise-import-'));
    const chart = generateChart(30);
    const workbook = await formatById('chart-xlsx')?.produce?.({ chart } as never);
    writeFileSync(join(dir, 'positions.xlsx'), workbook?.content as Uint8Array);
    const run = await runCli(['import', '--format', 'xlsx', 'positions.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lines(JSON.parse(run.stdout).positions)).toEqual(lines(chart.positions));
  });

  it('exits 2 for a document that is not the format named, naming the place', async () => {
    const run = await runCli(['import', '--format', 'google-directory', scimFixture]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${scimFixture}: Google Directory: (the array of pages): this is not a Google Directory users answer: it needs a "users" array, or an array of such pages\n`,
    );
  });

  it('needs the format', async () => {
    const run = await runCli(['import', scimFixture]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '-f, --format <format>' not specified");
  });
});

describe('orgwise check --from', () => {
  it('checks a directory export as the chart it makes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgwise-check-'));
    writeFileSync(
      join(dir, 'users.json'),
      JSON.stringify(googleDirectoryDocument(generateChart(40))),
    );
    const run = await runCli(['check', '--from', 'google-directory', '-f', 'json', 'users.json'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    const [checked] = JSON.parse(run.stdout);
    expect(checked.file).toBe('users.json');
    expect(checked.report.metrics.positions).toBe(40);
  });

  it('reports findings of an imported chart in SARIF, located by position', async () => {
    const run = await runCli(['check', '--from', 'scim', '-f', 'sarif', scimFixture]);
    const sarif = JSON.parse(run.stdout);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('the person is left out');
  });
});
