import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('detects the semicolon Danish and Dutch Excel write, and strips the byte order mark', () => {
    const table = parseCsv(
      '\uFEFFTitel;Navn;Chef\r\nAdm. direktør;Mette Jensen;\r\nCFO, finans;Ole;Adm. direktør\r\n',
    );
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Titel', 'Navn', 'Chef']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Adm. direktør', 'Mette Jensen', ''] },
      { rowNumber: 3, cells: ['CFO, finans', 'Ole', 'Adm. direktør'] },
    ]);
    expect(table.errors).toEqual([]);
  });

  it('detects commas and tabs', () => {
    expect(parseCsv('a,b\n1,2').delimiter).toBe(',');
    expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
  });

  it('reads quoted values with delimiters, quotes and line breaks inside', () => {
    const table = parseCsv('title,holder\n"Head of ""IT"", Ops","Line one\nline two"\nCEO,Ann');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Head of "IT", Ops', 'Line one\nline two'] },
      { rowNumber: 3, cells: ['CEO', 'Ann'] },
    ]);
  });

  it('skips blank rows but counts them, as a spreadsheet does', () => {
    const table = parseCsv('title\nCEO\n\n ,\nCFO\n\n\n');
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
  });

  it('names blank headers by their position', () => {
    expect(parseCsv('title,,x\nCEO,a,b').headers).toEqual(['title', 'Column 2', 'x']);
  });

  it('reports an unclosed quote with its row', () => {
    const table = parseCsv('title,holder\nCEO,Ann\n"CFO,Ole\nCTO,Bo');
    expect(table.errors).toContainEqual({
      row: 3,
      message: expect.stringMatching(/^a quoted value is never closed/),
    });
  });

  it('reports stray values beyond the header', () => {
    expect(parseCsv('title,holder\nCEO,Ann,\nCFO,Ole,x').errors).toEqual([
      {
        row: 3,
        message: expect.stringMatching(/^the row has 3 values but the header has 2 columns/),
      },
    ]);
  });

  it('explains an empty file and a file with a header only', () => {
    expect(parseCsv('').errors).toEqual([{ message: expect.stringMatching(/^The file is empty/) }]);
    expect(parseCsv('\uFEFF\r\n').errors).toEqual([
      { message: expect.stringMatching(/^The file is empty/) },
    ]);
    expect(parseCsv('title,holder\n').errors).toEqual([
      { message: 'The file has a header row but no positions below it.' },
    ]);
  });

  it('refuses a header too wide to be a list of positions', () => {
    const table = parseCsv(`${'x,'.repeat(600)}x\n1`);
    expect(table.headers).toEqual([]);
    expect(table.errors).toEqual([
      {
        message: expect.stringMatching(
          /^The header row has 601 columns; Orgwise reads files with up to 500/,
        ),
      },
    ]);
  });

  it('reads 20,000 rows', () => {
    const lines = ['id;title;reports to'];
    for (let i = 0; i < 20_000; i++) lines.push(`p${i};Title ${i};${i === 0 ? '' : `p${i >> 1}`}`);
    const table = parseCsv(lines.join('\n'));
    expect(table.rows).toHaveLength(20_000);
    expect(table.rows.at(-1)).toEqual({
      rowNumber: 20_001,
      cells: ['p19999', 'Title 19999', 'p9999'],
    });
  });
});
