import type { Chart } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { csvToPositions } from './csv-to-positions.js';
import { guessMapping } from './guess-mapping.js';
import { parseCsv } from './parse-csv.js';
import { serializeCsv } from './serialize-csv.js';

const chart: Chart = {
  version: 1,
  company: { name: 'Acme A/S' },
  positions: [
    { id: 'ceo', title: 'Administrerende direktør', holder: 'Mette Jensen' },
    { id: 'cto', title: 'CTO, co-founder', reportsTo: 'ceo', roles: ['cio', 'cto'], vacant: false },
    { id: 'it', title: 'Head of "IT"\nand ops', reportsTo: 'cto', vacant: true, interim: true },
    {
      id: '-sales',
      title: '=HYPERLINK("http://evil")',
      holder: '@Ann',
      reportsTo: 'ceo',
      roles: [],
    },
    { id: '__proto__', title: '+1 ideas', holder: '@@', reportsTo: '-sales', interim: false },
    { id: 'x', title: '=cmd\n|calc', reportsTo: '__proto__' },
  ],
};

describe('serializeCsv', () => {
  const csv = serializeCsv(chart);

  it('writes a header, a BOM for Excel and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFid,title,holder,reports_to,roles,vacant,interim\r\n')).toBe(true);
    expect(csv).toContain('\r\nceo,Administrerende direktør,Mette Jensen,,,,\r\n');
    expect(csv).toContain('\r\ncto,"CTO, co-founder",,ceo,"cio, cto",no,\r\n');
  });

  it('puts a quote before every cell that a spreadsheet would run as a formula', () => {
    const cells = parseCsv(csv).rows.flatMap((row) => row.cells);
    const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil")`);
    expect(cells).toContain("'=cmd\n|calc");
    expect(cells).toContain("'-sales");
    const whitespace = serializeCsv({ positions: [{ id: 'a', title: '\tTab', holder: '\rCR' }] });
    expect(parseCsv(whitespace).rows[0]?.cells).toEqual(['a', "'\tTab", "'\rCR", '', '', '', '']);
  });

  // The import trims cells (spreadsheets are full of stray spaces), so values with leading or
  // trailing whitespace come back trimmed; everything else comes back exactly.
  it('round-trips through the CSV import', () => {
    const table = parseCsv(csv);
    expect(csvToPositions(table, guessMapping(table.headers))).toEqual({
      ok: true,
      positions: chart.positions,
    });
  });

  it('writes the extras any position has as columns, which the import maps back', () => {
    const withExtras: Chart = {
      version: 1,
      positions: [
        {
          id: 'ceo',
          title: 'Adm. direktør',
          department: 'Direktion',
          employeeNumber: '1001',
          fte: 1,
          cost: 1_450_000,
        },
        { id: 'cfo', title: 'CFO', reportsTo: 'ceo', department: '-Økonomi, drift', fte: 0.8 },
        { id: 'it', title: 'IT', reportsTo: 'cfo', location: 'Aarhus', cost: -12.5 },
      ],
    };
    const csv = serializeCsv(withExtras);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,title,holder,reports_to,roles,vacant,interim,department,location,employee_number,fte,cost',
    );
    const table = parseCsv(csv);
    expect(csvToPositions(table, guessMapping(table.headers))).toEqual({
      ok: true,
      positions: withExtras.positions,
    });
  });

  it('writes no extra columns for a chart without extras', () => {
    expect(serializeCsv({ positions: [{ id: 'a', title: 'A', department: ' ' }] })).toBe(
      '\uFEFFid,title,holder,reports_to,roles,vacant,interim\r\na,A,,,,,\r\n',
    );
  });

  it('writes null holders and managers as blank cells', () => {
    const csv = serializeCsv({
      positions: [{ id: 'a', title: 'A', holder: null, reportsTo: null }],
    });
    expect(csv).toBe('\uFEFFid,title,holder,reports_to,roles,vacant,interim\r\na,A,,,,,\r\n');
  });
});
