import { describe, expect, it } from 'vitest';
import { dateStyles, isDateFormat } from './date-styles.js';
import { sharedStrings } from './shared-strings.js';
import { sheetRows } from './sheet-rows.js';

const sheet = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const plain = { strings: [], dates: new Set<number>(), date1904: false };

describe('sheetRows', () => {
  it('reads every kind of cell as the CSV mapping reads text', () => {
    const rows = sheetRows(
      sheet(
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>0.8</v></c><c r="C2" t="b"><v>1</v></c>' +
          '<c r="D2" t="inlineStr"><is><t>Søren &amp; co</t></is></c><c r="E2" t="e"><v>#N/A</v></c>' +
          '<c r="F2" t="str"><f>A1</f><v>CEO</v></c><c r="G2" s="1"><v>45658</v></c><c r="H2" t="d"><v>2025-01-01T00:00:00</v></c></row>',
      ),
      { strings: ['id', 'Økonomidirektør'], dates: new Set([1]), date1904: false },
    );
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: [
          'Økonomidirektør',
          '0.8',
          'true',
          'Søren & co',
          '#N/A',
          'CEO',
          '2025-01-01',
          '2025-01-01',
        ],
        width: 8,
      },
    ]);
  });

  it('places cells by their reference, fills gaps, and skips rows without cells', () => {
    const rows = sheetRows(
      sheet(
        '<row r="1"><c r="C1"><v>3</v></c></row><row r="4"/><row r="7"><c r="AA7"><v>1</v></c></row>',
      ),
      plain,
    );
    expect(rows.map((row) => [row.rowNumber, row.cells.length, row.cells[2], row.width])).toEqual([
      [1, 3, '3', 3],
      [7, 27, '', 27],
    ]);
  });

  it('reads elements with a namespace prefix', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>CTO</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(sheetRows(xml, plain)[0]?.cells).toEqual(['CTO']);
  });

  it('counts columns past the limit without reading them', () => {
    const rows = sheetRows(
      sheet('<row r="1"><c r="A1"><v>1</v></c><c r="ZZ1"><v>2</v></c></row>'),
      plain,
    );
    expect(rows[0]?.cells).toEqual(['1']);
    expect(rows[0]?.width).toBe(702);
  });

  it('refuses XML that is not well-formed', () => {
    expect(() => sheetRows(sheet('<row r="1"><c r="A1"><v>1</c></row>'), plain)).toThrow();
  });
});

describe('sharedStrings', () => {
  it('joins rich-text runs and leaves out phonetic guides', () => {
    expect(
      sharedStrings(
        '<sst><si><t xml:space="preserve"> Head of IT</t></si><si><r><t>Chief </t></r><r><rPr><b/></rPr><t>Financial Officer</t></r></si><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si/></sst>',
      ),
    ).toEqual([' Head of IT', 'Chief Financial Officer', '東京', '']);
  });
});

describe('dateStyles', () => {
  it('finds the cell styles with a built-in or custom date format', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;kr&quot;"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>';
    expect([...dateStyles(styles)]).toEqual([1, 2]);
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-406]d. mmmm yyyy;@')).toBe(true);
    expect(isDateFormat('[h]:mm:ss')).toBe(true);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0.00 "dage"')).toBe(false);
    expect(isDateFormat('[Red]0.0%')).toBe(false);
  });
});
