import { generateChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { csvToPositions } from '../csv/csv-to-positions.js';
import { guessMapping } from '../csv/guess-mapping.js';
import { importSource } from '../import/import-source.js';
import { chartXlsx } from '../records/chart-xlsx.js';
import { reportingLines } from '../testing/fixture.js';
import { chartWorkbook } from './chart-workbook.js';
import { readWorkbook } from './read-workbook.js';
import { writeWorkbook } from './write-workbook.js';

async function tableOf(bytes: Uint8Array) {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.table;
}

describe('the workbook reader', () => {
  it('reads a Danish HR export through the CSV mapping, extras kept', async () => {
    const bytes = await writeWorkbook(
      'Medarbejdere',
      [
        'Medarbejdernr.',
        'Navn',
        'Stilling',
        'Leder',
        'Afdeling',
        'Lokation',
        'Beskæftigelsesgrad',
        'Lønomkostning',
      ],
      [
        [
          1001,
          'Mette Jensen',
          'Administrerende direktør',
          null,
          'Direktion',
          'København',
          1,
          1_450_000,
        ],
        [1002, 'Lars Holm', 'CTO', 1001, 'Teknologi', 'Aarhus', 1, 1_100_000],
        [1003, 'Anna Lund', 'Udvikler', 1002, 'Teknologi', 'Aarhus', 0.8, 520_000],
      ],
    );
    const table = await tableOf(bytes);
    expect(table.headers[0]).toBe('Medarbejdernr.');
    const converted = csvToPositions(table, guessMapping(table.headers));
    expect(converted).toEqual({
      ok: true,
      positions: [
        {
          id: '1001',
          title: 'Administrerende direktør',
          holder: 'Mette Jensen',
          department: 'Direktion',
          location: 'København',
          fte: 1,
          cost: 1_450_000,
        },
        {
          id: '1002',
          title: 'CTO',
          holder: 'Lars Holm',
          reportsTo: '1001',
          department: 'Teknologi',
          location: 'Aarhus',
          fte: 1,
          cost: 1_100_000,
        },
        {
          id: '1003',
          title: 'Udvikler',
          holder: 'Anna Lund',
          reportsTo: '1002',
          department: 'Teknologi',
          location: 'Aarhus',
          fte: 0.8,
          cost: 520_000,
        },
      ],
    });
  });

  it('reads back the chart workbook export with every reporting line and field', async () => {
    const chart = generateChart(300);
    chart.positions.forEach((position, index) => {
      position.fte = index % 5 === 0 ? 0.8 : 1;
      position.cost = 400_000 + index;
    });
    const table = await tableOf(await chartWorkbook(chart));
    const converted = csvToPositions(table, guessMapping(table.headers));
    if (!converted.ok) throw new Error(JSON.stringify(converted.errors.slice(0, 3)));
    expect(reportingLines({ positions: converted.positions })).toEqual(reportingLines(chart));
    // A vacant position's `holder: null` is an empty cell, read back as no holder.
    const expected = chart.positions.map(({ holder, ...rest }) =>
      holder === null ? rest : { holder, ...rest },
    );
    expect(converted.positions).toEqual(expected);
  });

  it('refuses a file that is not a workbook, and one that would unpack to too much', async () => {
    expect(await readWorkbook(new TextEncoder().encode('id,title\n1,CEO'))).toEqual({
      ok: false,
      errors: ['The file is not an Excel workbook (.xlsx): it is not a zip file.'],
    });
    const bomb = await chartWorkbook(generateChart(3));
    // Declare an entry of 4 GB in the central directory; nothing is unpacked to find out.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const central = bomb.findIndex(
      (_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50,
    );
    view.setUint32(central + 24, 0xffffffff, true);
    const refused = await readWorkbook(bomb);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors[0]).toMatch(
        /^The workbook unpacks to \d+ MB; Orgwise reads workbooks that unpack to at most 400 MB\.$/,
      );
  });

  it('is the registry record for .xlsx, recognised by its bytes', async () => {
    const source = importSource(await chartWorkbook(generateChart(3)));
    expect(chartXlsx.read?.sniff(source)).toBe(true);
    expect((await chartXlsx.read?.read(source))?.kind).toBe('table');
  });
});
