import { type AnyFormat, directionsOf, formats } from '@orgwise/formats';
import type { Colors } from '../colors.js';
import { CHECKED_FORMAT } from '../input/read-chart.js';
import type { CliIo } from '../io.js';
import { ExitCode } from './exit-code.js';

export const formatsFormats = ['text', 'json'] as const;
export type FormatsFormat = (typeof formatsFormats)[number];

/** A record as data: what the registry says of a format, without the code that reads or writes it. */
function describeFormat(format: AnyFormat) {
  return {
    id: format.id,
    label: format.label,
    description: format.description,
    subject: format.subject,
    directions: directionsOf(format),
    extension: format.extension,
    ...(format.read === undefined ? {} : { readsExtensions: format.read.extensions }),
    mediaType: format.mediaType,
    runsIn: format.runsIn,
  };
}

/**
 * Lists the file formats Orgwise reads and writes, from the same registry the editor's menus use:
 * a table for people, or with `--format json` the records as data.
 */
export function runFormats(format: FormatsFormat, io: CliIo, colors: Colors): ExitCode {
  const described = formats.map(describeFormat);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(described, null, 2)}\n`);
    return ExitCode.Ok;
  }
  const header = ['Format', 'Import/export', 'File', 'Media type', 'What it is'] as const;
  const rows = described.map((record) => [
    record.id,
    record.directions.join(', '),
    [record.extension, ...(record.readsExtensions ?? [])].map((ext) => `.${ext}`).join(' '),
    record.mediaType,
    `${record.label}: ${record.description}${record.runsIn === 'browser' ? ' (made in the editor)' : ''}`,
  ]);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  const lines = [
    colors.bold(line(header)),
    ...rows.map(line),
    '',
    `orgwise check reads ${CHECKED_FORMAT}; the editor imports and exports the others.`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.Ok;
}
