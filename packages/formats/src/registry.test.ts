import { readdirSync } from 'node:fs';
import { option } from '@orgwise/deck/testing';
import { diffCharts } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { comparisonCsv } from './comparison/comparison-csv.js';
import { ExportError, type FileContent } from './format.js';
import { textSource } from './import/import-source.js';
import {
  directionsOf,
  exportFormats,
  formatById,
  formats,
  formatsWriting,
  importAccept,
  importFormatFor,
  importFormatNamed,
  importFormatNames,
} from './registry.js';

const text = (content: FileContent) => {
  if (typeof content !== 'string') throw new Error('expected text');
  return content;
};

const chart = orgChart(`
  ceo: CEO
    cto: CTO
`);

describe('the formats registry', () => {
  it('has one record per file in records/, named after its id', () => {
    const files = readdirSync(new URL('./records', import.meta.url)).map((name) =>
      name.replace(/\.ts$/, ''),
    );
    expect(formats.map((format) => format.id).sort()).toEqual(files.sort());
  });

  it('names each record after its subject and extension, and can do something with each', () => {
    for (const format of formats) {
      expect(format.id).toBe(`${format.subject}-${format.dialect ?? format.extension}`);
      expect(directionsOf(format).length).toBeGreaterThan(0);
    }
  });

  it('lists the exports of each subject in menu order', () => {
    const ids = (subject: 'chart' | 'comparison' | 'deck') =>
      exportFormats(subject).map((format) => format.id);
    expect(ids('chart')).toEqual([
      'chart-json',
      'chart-csv',
      'chart-xlsx',
      'chart-png',
      'chart-svg',
      'chart-drawio',
      'chart-mmd',
    ]);
    expect(ids('comparison')).toEqual(['comparison-csv', 'comparison-xlsx']);
    expect(ids('deck')).toEqual(['deck-pptx', 'deck-pdf']);
  });

  it('says which formats import and which export', () => {
    expect(directionsOf(formatById('chart-json')!)).toEqual(['import', 'export']);
    expect(directionsOf(formatById('chart-png')!)).toEqual(['export']);
  });

  it('offers a file picker every importable extension and media type', () => {
    expect(importAccept()).toBe(
      '.json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('finds the formats that write a file by its extension', () => {
    expect(formatsWriting('Team.CSV').map((format) => format.id)).toEqual([
      'chart-csv',
      'comparison-csv',
    ]);
    expect(formatsWriting('chart.json').map((format) => format.id)).toEqual(['chart-json']);
    expect(formatsWriting('notes.md')).toEqual([]);
    expect(formatsWriting('README')).toEqual([]);
  });

  it('reads a file as its extension says, else as its text looks', () => {
    expect(importFormatFor('acme.JSON', textSource('id;title')).id).toBe('chart-json');
    expect(importFormatFor('team.tsv', textSource('{')).id).toBe('chart-csv');
    expect(importFormatFor('export', textSource(' {"positions": []}')).id).toBe('chart-json');
    expect(importFormatFor('export', textSource('\uFEFF[]')).id).toBe('chart-json');
    expect(importFormatFor('export.dat', textSource('Titel;Navn')).id).toBe('chart-csv');
  });

  it('reads a directory’s JSON as its dialect, by its shape', () => {
    const scim =
      '{"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "Resources": []}';
    expect(importFormatFor('users.json', textSource(scim)).id).toBe('chart-scim');
    const graph =
      '{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": []}';
    expect(importFormatFor('users.json', textSource(graph)).id).toBe('chart-msgraph');
    const google = '{"kind": "admin#directory#users", "users": []}';
    expect(importFormatFor('export', textSource(google)).id).toBe('chart-google-directory');
    expect(importFormatFor('chart.json', textSource('{"positions": []}')).id).toBe('chart-json');
  });

  it('names the import formats over HTTP and in the CLI by dialect or extension', () => {
    expect(importFormatNames()).toEqual([
      'json',
      'csv',
      'xlsx',
      'scim',
      'msgraph',
      'google-directory',
    ]);
    expect(importFormatNamed('SCIM')?.id).toBe('chart-scim');
    expect(importFormatNamed('png')).toBeUndefined();
  });
});

describe('chart formats', () => {
  it('JSON exports a chart that imports back the same', async () => {
    const json = formatById('chart-json')!;
    const exported = await exportFormats('chart')[0]!.produce({ chart });
    expect(await json.read!.read(textSource(text(exported.content)))).toEqual({
      kind: 'chart',
      chart,
    });
  });

  it('CSV exports rows that import back as a table to map', async () => {
    const exported = text((await formatById('chart-csv')!.produce!({ chart } as never)).content);
    const imported = await formatById('chart-csv')!.read!.read(textSource(exported));
    expect(imported.kind === 'table' && imported.table.rows.map((row) => row.cells[0])).toEqual([
      'ceo',
      'cto',
    ]);
  });

  it('draws pictures with the renderer handed in, and says where they are made without one', async () => {
    const [png, svg] = exportFormats('chart').filter((format) => format.runsIn === 'browser');
    const draw = async (extension: 'png' | 'svg') => ({ content: `<${extension}>` });
    expect(await svg!.produce({ chart, draw })).toEqual({ content: '<svg>' });
    await expect(png!.produce({ chart })).rejects.toThrow(ExportError);
    await expect(png!.produce({ chart })).rejects.toThrow(/in the editor/);
  });
});

describe('comparison and deck formats', () => {
  it('the comparison CSV is the comparison’s changes', async () => {
    const after = orgChart(`
      ceo: CEO
      cto: CTO
    `);
    const comparisons = [
      { option: { name: 'Today' }, isBaseline: true, diff: null },
      { option: { name: 'Option A' }, isBaseline: false, diff: diffCharts(chart, after) },
    ];
    const [format] = exportFormats('comparison');
    expect((await format!.produce({ comparisons })).content).toBe(comparisonCsv(comparisons));
  });

  it('writes a deck as PowerPoint and PDF', async () => {
    const deck = {
      title: 'Acme',
      date: new Date(2025, 5, 30),
      options: [option('Today', [{ id: 'ceo', title: 'Chief Executive Officer' }], [])],
    };
    const [pptx, pdf] = exportFormats('deck');
    const pptxBytes = (await pptx!.produce(deck)).content as Uint8Array;
    expect(new TextDecoder().decode(pptxBytes.slice(0, 2))).toBe('PK');
    const pdfBytes = (await pdf!.produce(deck)).content as Uint8Array;
    expect(new TextDecoder().decode(pdfBytes.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses a deck it cannot show with every reason, before writing anything', async () => {
    const [pptx] = exportFormats('deck');
    const empty = { title: 'Acme', date: new Date(2025, 5, 30), options: [] };
    await expect(pptx!.produce(empty)).rejects.toThrow(ExportError);
    await expect(pptx!.produce(empty)).rejects.toThrow(/no options/);
  });
});
