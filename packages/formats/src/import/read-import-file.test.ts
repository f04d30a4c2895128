import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../file/read-file.js';
import { readImportFile } from './read-import-file.js';

const file = (content: string | Uint8Array, name: string) => new File([content], name);

describe('readImportFile', () => {
  it('reads a .json file as a chart', async () => {
    const result = await readImportFile(
      file('{"positions":[{"id":"a","title":"CEO"}]}', 'acme.json'),
    );
    expect(result).toEqual({ kind: 'chart', chart: { positions: [{ id: 'a', title: 'CEO' }] } });
  });

  it('recognises JSON without a telling extension, and CSV otherwise', async () => {
    expect((await readImportFile(file(' {"positions":[]}', 'export'))).kind).toBe('chart');
    const csv = await readImportFile(file('Titel;Navn\nCEO;Mette', 'export'));
    expect(csv.kind === 'table' && csv.table.headers).toEqual(['Titel', 'Navn']);
  });

  it('reads a .csv file as a table, noting a Windows-1252 file', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Titel;Navn\nCEO;S'),
      0xf8,
      0x72,
      0x65,
      0x6e,
    ]);
    const result = await readImportFile(file(bytes, 'team.csv'));
    expect(result.kind).toBe('table');
    if (result.kind !== 'table') return;
    expect(result.table.rows[0]?.cells).toEqual(['CEO', 'Søren']);
    expect(result.note).toMatch(/Windows-1252/);
  });

  it('gives the errors of a broken file', async () => {
    const broken = await readImportFile(
      file('{"positions": [{"id": 1, "title": "CEO"}]}', 'bad.json'),
    );
    expect(broken).toEqual({
      kind: 'error',
      errors: ['positions[0].id (CEO): Position id must be a string'],
    });
    const empty = await readImportFile(file('', 'empty.csv'));
    expect(empty).toEqual({ kind: 'error', errors: [expect.stringMatching(/^The file is empty/)] });
  });

  it('refuses a file too large to import without reading it', async () => {
    const huge = { name: 'huge.csv', size: MAX_IMPORT_BYTES + 1 } as File;
    const result = await readImportFile(huge);
    expect(result).toEqual({
      kind: 'error',
      errors: ['huge.csv is 50.0 MB; Orgwise imports files up to 50.0 MB.'],
    });
  });
});
