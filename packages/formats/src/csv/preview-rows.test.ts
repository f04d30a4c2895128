import { describe, expect, it } from 'vitest';
import { guessMapping } from './guess-mapping.js';
import { parseCsv } from './parse-csv.js';
import { previewRows } from './preview-rows.js';

describe('previewRows', () => {
  it('shows the mapped cells and the roles recognised from the titles', () => {
    const table = parseCsv(
      'Titel;Navn;Chef;Afdeling\nAdm. direktør;Mette;;HQ\nCIO/CTO;Ole;Adm. direktør;IT\nSælger;Eva;CIO/CTO;Salg',
    );
    expect(previewRows(table, guessMapping(table.headers))).toEqual([
      {
        rowNumber: 2,
        cells: { title: 'Adm. direktør', holder: 'Mette', reportsTo: '', department: 'HQ' },
        roles: ['CEO'],
        rolesRecognised: true,
      },
      {
        rowNumber: 3,
        cells: { title: 'CIO/CTO', holder: 'Ole', reportsTo: 'Adm. direktør', department: 'IT' },
        roles: ['CIO', 'CTO'],
        rolesRecognised: true,
      },
      {
        rowNumber: 4,
        cells: { title: 'Sælger', holder: 'Eva', reportsTo: 'CIO/CTO', department: 'Salg' },
        roles: [],
        rolesRecognised: true,
      },
    ]);
  });

  it('shows the roles column when one is mapped, and recognises blank cells from the title', () => {
    const table = parseCsv('title,roles\nBoss,cfo\nCFO,\nX,king');
    expect(
      previewRows(table, { title: 0, roles: 1 }).map((row) => [row.roles, row.rolesRecognised]),
    ).toEqual([
      [['CFO'], false],
      [['CFO'], true],
      [[], false],
    ]);
  });

  it('shows only the first rows', () => {
    const table = parseCsv(`title\n${'CEO\n'.repeat(50)}`);
    expect(previewRows(table, { title: 0 }, 3)).toHaveLength(3);
  });
});
