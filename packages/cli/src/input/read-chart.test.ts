import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDir } from '../../test/run-cli.js';
import { formatInputProblem, formatJsonPath, shownIssuesPerFile } from './input-problem.js';
import { readChart } from './read-chart.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into a fresh directory and returns the directory. */
function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'orgwise-read-'));
  dirs.push(dir);
  writeFileSync(join(dir, name), content);
  return dir;
}

describe('readChart', () => {
  it('reads a chart relative to the working directory and keeps its text', async () => {
    const read = await readChart('fixtures/clean.json', packageDir);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.file).toBe('fixtures/clean.json');
    expect(read.value.chart.positions[0]!.id).toBe('ceo');
    expect(read.value.text.startsWith('{')).toBe(true);
  });

  it('says what a file named as another format is, instead of failing it as JSON', async () => {
    const dir = tempFile('team.csv', 'id,title\nceo,CEO\n');
    const read = await readChart('team.csv', dir);
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          file: 'team.csv',
          message:
            'This is named as chart-csv or comparison-csv; orgwise check reads chart-json (run "orgwise check --from csv" for a file of positions).',
        },
      ],
    });
  });

  it('accepts a byte order mark and still counts columns from the first character', async () => {
    const dir = tempFile('bom.json', '\uFEFF{\n  "positions": 1\n}');
    const read = await readChart('bom.json', dir);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(formatInputProblem)).toEqual([
      'bom.json:2:3: positions: "positions" must be an array',
    ]);
  });

  it('says where a chart that is not an object goes wrong', async () => {
    const read = await readChart('list.json', tempFile('list.json', '[]'));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map(formatInputProblem)).toEqual([
      'list.json:1:1: A chart must be a JSON object with a "positions" array',
    ]);
  });

  it(`shows the first ${shownIssuesPerFile} issues of a file and counts the rest`, async () => {
    const positions = Array.from({ length: shownIssuesPerFile + 7 }, (_, k) => ({ id: `p${k}` }));
    const dir = tempFile('many.json', JSON.stringify({ positions }, null, 2));
    const read = await readChart('many.json', dir);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(shownIssuesPerFile + 1);
    expect(formatInputProblem(read.problems[1]!)).toMatch(
      /^many\.json:6:5: positions\[1\]\.title \(position "p1"\): /,
    );
    expect(read.problems.at(-1)).toEqual({ file: 'many.json', message: '… and 7 more problems' });
  });
});

describe('formatJsonPath', () => {
  it('writes paths as a JavaScript reader would, odd keys in brackets', () => {
    expect(formatJsonPath(['positions', 3, 'title'])).toBe('positions[3].title');
    expect(formatJsonPath(['span-of-control', 1, 'max'])).toBe('span-of-control[1].max');
    expect(formatJsonPath(['company', 'odd key', 'x.y'])).toBe('company["odd key"]["x.y"]');
    expect(formatJsonPath([])).toBe('');
  });
});
