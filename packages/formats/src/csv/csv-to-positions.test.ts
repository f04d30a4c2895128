import { describe, expect, it } from 'vitest';
import type { CsvMapping } from './csv-fields.js';
import { csvToPositions } from './csv-to-positions.js';
import { guessMapping } from './guess-mapping.js';
import { formatCsvError } from './import-error.js';
import { parseCsv } from './parse-csv.js';

/** Parses CSV text and converts it with the guessed (or a given) mapping. */
function convert(text: string, mapping?: CsvMapping) {
  const table = parseCsv(text);
  return csvToPositions(table, mapping ?? guessMapping(table.headers));
}

function errorsOf(text: string, mapping?: CsvMapping): string[] {
  const result = convert(text, mapping);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map(formatCsvError);
}

describe('csvToPositions with an id column', () => {
  it('converts every field', () => {
    const result = convert(
      [
        'id,title,holder,reports_to,roles,vacant,interim',
        'ceo,Administrerende direktør,Mette Jensen,,,,',
        'cto,CTO & co-founder,,ceo,"cio, cto",no,',
        'it,Head of IT,,cto,,yes,ja',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: true,
      positions: [
        { id: 'ceo', title: 'Administrerende direktør', holder: 'Mette Jensen' },
        {
          id: 'cto',
          title: 'CTO & co-founder',
          reportsTo: 'ceo',
          roles: ['cio', 'cto'],
          vacant: false,
        },
        { id: 'it', title: 'Head of IT', reportsTo: 'cto', vacant: true, interim: true },
      ],
    });
  });

  it('names the row and the column of an unknown manager', () => {
    const rows = ['id,Title,Reports to', 'ceo,CEO,', 'cfo,CFO,ceo'];
    for (let i = 0; i < 10; i++) rows.push(`p${i},Controller ${i},cfo`);
    rows.push('x,Accountant,cfo2');
    expect(errorsOf(rows.join('\n'))).toEqual([
      "Row 14, column 'Reports to': no position has the id, title or holder 'cfo2'",
    ]);
  });

  it('falls back to titles and holders when no id matches', () => {
    const result = convert(
      'Employee ID,Name,Job title,Manager\n1,Mette,CEO,\n2,Ole,CFO,Mette\n3,Eva,Controller,CFO',
    );
    expect(result.ok && result.positions.map((p) => p.reportsTo)).toEqual([undefined, '1', '2']);
  });

  it('reports empty titles, empty and duplicate ids, bad yes/no values, unknown roles', () => {
    expect(
      errorsOf(
        [
          'id,title,vacant,interim,roles',
          'a,CEO,,,',
          ',CFO,,,',
          'a,,maybe,,',
          'b,CTO,,perhaps,king',
        ].join('\n'),
      ),
    ).toEqual([
      "Row 3, column 'id': the id is empty; give every position an id, or map no id column to generate them",
      "Row 4, column 'title': the title is empty; every position needs a title",
      "Row 4, column 'id': the id 'a' is already used by row 2",
      `Row 4, column 'vacant': "maybe" is not yes or no; write yes/no, true/false, 1/0, ja/nej or ja/nee, or leave the cell empty`,
      `Row 5, column 'interim': "perhaps" is not yes or no; write yes/no, true/false, 1/0, ja/nej or ja/nee, or leave the cell empty`,
      expect.stringMatching(/^Row 5, column 'roles': "king" is not a role/),
    ]);
  });

  it('refuses an id longer than the contract allows', () => {
    expect(errorsOf(`id,title\n${'x'.repeat(129)},CEO`)).toEqual([
      "Row 2, column 'id': the id is longer than 128 characters",
    ]);
  });

  it('keeps hostile ids as plain data', () => {
    const result = convert(
      'id,title,reports to\n__proto__,CEO,\nconstructor,CFO,__proto__\ntoString,CTO,constructor',
    );
    expect(result).toEqual({
      ok: true,
      positions: [
        { id: '__proto__', title: 'CEO' },
        { id: 'constructor', title: 'CFO', reportsTo: '__proto__' },
        { id: 'toString', title: 'CTO', reportsTo: 'constructor' },
      ],
    });
    expect(errorsOf('id,title,reports to\nceo,CEO,\ncfo,CFO,hasOwnProperty')).toEqual([
      "Row 3, column 'reports to': no position has the id, title or holder 'hasOwnProperty'",
    ]);
  });

  it('leaves a self-reference to validation, where it is a finding', () => {
    const result = convert('id,title,manager\nceo,CEO,ceo');
    expect(result.ok && result.positions[0]?.reportsTo).toBe('ceo');
  });
});

describe('csvToPositions without an id column', () => {
  const danish =
    'Titel;Navn;Chef\nAdm. direktør;Mette Jensen;\nØkonomidirektør;Ole Hansen;Adm. direktør\nControl;Eva;Ole Hansen\n';

  it('generates readable, unique ids from the titles', () => {
    const result = convert('Title\nHead of IT\nHead of IT\nHead of IT-2\n***\n');
    expect(result.ok && result.positions.map((p) => p.id)).toEqual([
      'head-of-it',
      'head-of-it-2',
      'head-of-it-2-2',
      'position',
    ]);
  });

  it('gives thousands of rows with one title unique ids', () => {
    const result = convert(`Title\n${'Engineer\n'.repeat(5000)}`);
    expect(result.ok && new Set(result.positions.map((p) => p.id)).size).toBe(5000);
  });

  it('resolves managers by title, then by holder', () => {
    expect(convert(danish)).toEqual({
      ok: true,
      positions: [
        { id: 'adm-direktoer', title: 'Adm. direktør', holder: 'Mette Jensen' },
        {
          id: 'oekonomidirektoer',
          title: 'Økonomidirektør',
          holder: 'Ole Hansen',
          reportsTo: 'adm-direktoer',
        },
        { id: 'control', title: 'Control', holder: 'Eva', reportsTo: 'oekonomidirektoer' },
      ],
    });
  });

  it('matches names ignoring case and extra spaces', () => {
    const result = convert('Title,Name,Manager\nCEO,Mette  Jensen,\nCFO,Ole,  mette jensen ');
    expect(result.ok && result.positions[1]?.reportsTo).toBe('ceo');
  });

  it('refuses an ambiguous manager, naming the candidates', () => {
    expect(
      errorsOf('Title,Manager\nCEO,\nHead of Sales,CEO\nHead of Sales,CEO\nSeller,Head of Sales'),
    ).toEqual([
      "Row 5, column 'Manager': 2 positions have the title 'Head of Sales' (rows 3, 4); add an id column to say which one",
    ]);
  });

  it('does not match the generated ids, which the user never saw', () => {
    expect(errorsOf('Title,Manager\nHead of IT,\nDeveloper,head-of-it')).toEqual([
      "Row 3, column 'Manager': no position has the title or holder 'head-of-it'",
    ]);
  });
});

describe('csvToPositions at scale', () => {
  it('converts 20,000 rows resolved by title', () => {
    const lines = ['Title;Manager'];
    for (let i = 0; i < 20_000; i++)
      lines.push(`Role ${i};${i === 0 ? '' : `Role ${(i - 1) >> 1}`}`);
    const result = convert(lines.join('\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.positions).toHaveLength(20_000);
    expect(result.positions[19_999]).toEqual({
      id: 'role-19999',
      title: 'Role 19999',
      reportsTo: 'role-9999',
    });
  });
});

describe('csvToPositions and the file', () => {
  it('needs a title column', () => {
    expect(errorsOf('a,b\n1,2', {})).toEqual(['Choose the column that holds the position titles.']);
  });

  it('passes on structural errors, with rows counted as a spreadsheet does', () => {
    expect(errorsOf('Title,Holder\nCEO,Mette\n\nCFO, founder,Ole')).toEqual([
      'Row 4: the row has 3 values but the header has 2 columns; a value that contains the delimiter (",") needs double quotes around it',
    ]);
  });

  it('removes the quote the export puts before formula characters', () => {
    const result = convert(`Title,Holder\n'-Sales-,'=Ann\n'Quoted,x`);
    expect(result.ok && result.positions.map((p) => [p.title, p.holder])).toEqual([
      ['-Sales-', '=Ann'],
      ["'Quoted", 'x'],
    ]);
  });
});
