import type { AnyFormat, Format, FormatDirection, FormatReader, FormatSubject } from './format.js';
import type { ImportSource } from './import/import-source.js';
import { chartCsv } from './records/chart-csv.js';
import { chartJson } from './records/chart-json.js';
import { chartPng } from './records/chart-png.js';
import { chartSvg } from './records/chart-svg.js';
import { comparisonCsvFormat } from './records/comparison-csv.js';
import { deckPdf } from './records/deck-pdf.js';
import { deckPptx } from './records/deck-pptx.js';

/**
 * Every format Orgwise reads or writes, in the order menus list them. An import tries the readers
 * in this order too when the file's extension does not say (JSON before CSV, which reads anything).
 */
export const formats: readonly AnyFormat[] = [
  chartJson,
  chartCsv,
  chartPng,
  chartSvg,
  comparisonCsvFormat,
  deckPptx,
  deckPdf,
];

export type ExportFormat<S extends FormatSubject> = Format<S> & {
  produce: NonNullable<Format<S>['produce']>;
};
export type ImportFormat = Format<'chart'> & { read: FormatReader };

/** The formats a subject can be exported as, in menu order. */
export function exportFormats<S extends FormatSubject>(subject: S): ExportFormat<S>[] {
  // The subject test is what ties a record to S; TypeScript cannot follow it through a union.
  return formats.filter(
    (format) => format.subject === subject && format.produce !== undefined,
  ) as unknown as ExportFormat<S>[];
}

/** The formats a chart can be imported from, in the order they are tried. */
export function importFormats(): ImportFormat[] {
  return formats.filter(
    (format): format is ImportFormat => format.subject === 'chart' && format.read !== undefined,
  );
}

export function formatById(id: string): AnyFormat | undefined {
  return formats.find((format) => format.id === id);
}

export function directionsOf(format: AnyFormat): FormatDirection[] {
  return [
    ...(format.read === undefined ? [] : ['import' as const]),
    ...(format.produce === undefined ? [] : ['export' as const]),
  ];
}

/** The formats that write files with this file's extension (".csv": the chart's and the comparison's). */
export function formatsWriting(fileName: string): AnyFormat[] {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return formats.filter((format) => format.extension === extension);
}

/** The extensions a reader takes, the one the format writes first. */
export function readExtensions(format: ImportFormat): string[] {
  return [format.extension, ...format.read.extensions];
}

/** For a file picker's `accept`: every importable extension, then their media types. */
export function importAccept(): string {
  const readers = importFormats();
  return [
    ...readers.flatMap((format) => readExtensions(format).map((extension) => `.${extension}`)),
    ...readers.map((format) => format.mediaType),
  ].join(',');
}

/**
 * The format to read a file as: the one its extension names or, for a file without a telling
 * extension ("export", "data.dat"), the first whose reader recognises the content.
 */
export function importFormatFor(fileName: string, source: ImportSource): ImportFormat {
  const readers = importFormats();
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const named = readers.find(
    (format) => extension !== undefined && readExtensions(format).includes(extension),
  );
  if (named !== undefined) return named;
  const recognised = readers.find((format) => format.read.sniff(source));
  // The CSV reader recognises any text, so this is only reached if it were removed.
  if (recognised === undefined) throw new Error('No import format reads text');
  return recognised;
}
