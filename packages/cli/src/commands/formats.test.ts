import { directionsOf, formats } from '@orgwise/formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.js';

describe('orgwise formats', () => {
  it('lists every format of the registry with what it does, its files and media type', async () => {
    const run = await runCli(['formats']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Format +Import\/export +File +Media type +What it is$/);
    for (const [k, format] of formats.entries()) {
      const cells = lines[k + 1]!.split(/ {2,}/);
      expect(cells.slice(0, 4)).toEqual([
        format.id,
        directionsOf(format).join(', '),
        expect.stringMatching(new RegExp(`^\\.${format.extension}\\b`)),
        format.mediaType,
      ]);
      expect(cells[4]).toContain(format.description);
    }
    expect(run.stdout).toMatch(/^chart-csv +import, export +\.csv \.tsv \.txt +text\/csv +CSV: /m);
    expect(run.stdout).toMatch(/chart-png .*\(made in the editor\)/);
    expect(run.stdout).toContain('orgwise check reads chart-json;');
  });

  it('prints the records as data with --format json', async () => {
    const run = await runCli(['formats', '--format', 'json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { id: string; directions: string[] }[];
    expect(listed.map((record) => record.id)).toEqual(formats.map((format) => format.id));
    expect(listed.find((record) => record.id === 'deck-pptx')).toEqual({
      id: 'deck-pptx',
      label: 'PowerPoint',
      description: 'The options and their comparison as slides to edit and present.',
      subject: 'deck',
      directions: ['export'],
      extension: 'pptx',
      mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      runsIn: 'anywhere',
    });
  });
});
