import { generateChart } from '@orgwise/domain/testing';
import { strToU8, zipSync } from 'fflate';
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

/** A workbook made by hand, its sheets' rows as XML, the way other spreadsheet programs write them. */
function handMadeWorkbook(sheets: Record<string, string>, workbookPr = ''): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets>${names
        .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${names
        .map((_, i) => `<Relationship Id="rId${i + 1}" Target="/xl/worksheets/s${i + 1}.xml"/>`)
        .join('')}</Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    ),
  };
  names.forEach((name, i) => {
    files[`xl/worksheets/s${i + 1}.xml`] = strToU8(
      `<worksheet><sheetData>${sheets[name]}</sheetData></worksheet>`,
    );
  });
  return zipSync(files);
}

const inline = (reference: string, text: string) =>
  `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;

describe('the workbook reader', () => {
  it('reads the first sheet with data, its first row the header, rows numbered as in Excel', async () => {
    const bytes = handMadeWorkbook(
      {
        Cover: '',
        Staff: `<row r="3">${inline('B3', 'Title')}${inline('C3', 'Start')}</row><row r="5">${inline('B5', 'CEO')}<c r="C5" s="1"><v>0</v></c></row>`,
      },
      '<workbookPr date1904="1"/>',
    );
    const read = await readWorkbook(bytes);
    expect(read).toEqual({
      ok: true,
      table: {
        headers: ['Column 1', 'Title', 'Start'],
        rows: [{ rowNumber: 5, cells: ['', 'CEO', '1904-01-01'], width: 3 }],
        errors: [],
        delimiter: '',
      },
    });
  });

  it('says why a broken workbook or a too wide sheet cannot be read', async () => {
    const broken = await readWorkbook(handMadeWorkbook({ Staff: '<row r="1"><c r="A1">' }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^The workbook could not be read: /);
    const wide = await readWorkbook(
      handMadeWorkbook({
        Staff: `<row r="1">${inline('A1', 'Title')}${inline('AAA1', 'x')}</row>`,
      }),
    );
    expect(wide).toEqual({
      ok: false,
      errors: [
        "Sheet 'Staff': the header row has 703 columns; Orgwise reads sheets with up to 500.",
      ],
    });
    expect(await readWorkbook(handMadeWorkbook({ Empty: '' }))).toEqual({
      ok: false,
      errors: ['The workbook is empty: it needs a header row and a row per position.'],
    });
  });

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
