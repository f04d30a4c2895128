import type { AnyFormat, Format, FormatDirection, FormatReader, FormatSubject } from './format.js';
import type { ImportSource } from './import/import-source.js';
import { chartCsv } from './records/chart-csv.js';
import { chartDrawioFormat } from './records/chart-drawio.js';
import { chartGoogleDirectory } from './records/chart-google-directory.js';
import { chartJson } from './records/chart-json.js';
import { chartMmd } from './records/chart-mmd.js';
import { chartMsgraph } from './records/chart-msgraph.js';
import { chartPng } from './records/chart-png.js';
import { chartScim } from './records/chart-scim.js';
import { chartSvg } from './records/chart-svg.js';
import { chartXlsx } from './records/chart-xlsx.js';
import { comparisonCsvFormat } from './records/comparison-csv.js';
import { comparisonXlsx } from './records/comparison-xlsx.js';
import { deckPdf } from './records/deck-pdf.js';
import { deckPptx } from './records/deck-pptx.js';

/**
 * Every format Orgwise reads or writes, in the order menus list them. An import tries the readers
 * in this order too when the file's extension does not say, the directories' dialects of JSON
 * first (see importFormatFor).
 */
export const formats: readonly AnyFormat[] = [
  chartJson,
  chartCsv,
  chartXlsx,
  chartScim,
  chartMsgraph,
  chartGoogleDirectory,
  chartPng,
  chartSvg,
  chartDrawioFormat,
  chartMmd,
  comparisonCsvFormat,
  comparisonXlsx,
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
  return formats.filter((format) => format.extension === extension && format.produce !== undefined);
}

/** The extensions a reader takes, the one the format writes first. */
export function readExtensions(format: ImportFormat): string[] {
  return [format.extension, ...format.read.extensions];
}

/** For a file picker's `accept`: every importable extension, then their media types. */
export function importAccept(): string {
  const readers = importFormats();
  const accepted = [
    ...readers.flatMap((format) => readExtensions(format).map((extension) => `.${extension}`)),
    ...readers.map((format) => format.mediaType),
  ];
  return [...new Set(accepted)].join(',');
}

/**
 * The format to read a file as: among those whose extension the file has (or, without a telling
 * extension ("export", "data.dat"), among all), the first whose reader recognises the content.
 * The directories' dialects of JSON are asked first: a SCIM answer is also JSON, but not a chart.
 */
export function importFormatFor(fileName: string, source: ImportSource): ImportFormat {
  const readers = importFormats();
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const named = readers.filter(
    (format) => extension !== undefined && readExtensions(format).includes(extension),
  );
  const candidates = named.length > 0 ? named : readers;
  const ordered = [
    ...candidates.filter((format) => format.dialect !== undefined),
    ...candidates.filter((format) => format.dialect === undefined),
  ];
  // Bytes no reader recognises are read as CSV, whose errors then say what is wrong.
  return (
    ordered.find((format) => format.read.sniff(source)) ?? named[0] ?? (chartCsv as ImportFormat)
  );
}

/** The import format a dialect or extension names over HTTP and in the CLI (`scim`, `xlsx`). */
export function importFormatNamed(name: string): ImportFormat | undefined {
  return importFormats().find(
    (format) => (format.dialect ?? format.extension) === name.toLowerCase(),
  );
}

/** The names importFormatNamed takes, in menu order. */
export function importFormatNames(): string[] {
  return importFormats().map((format) => format.dialect ?? format.extension);
}
