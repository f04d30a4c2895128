import { generateChart } from '@orgwise/domain/testing';
import { describe, expect, it } from 'vitest';
import { csvToPositions } from '../csv/csv-to-positions.js';
import { guessMapping } from '../csv/guess-mapping.js';
import { parseCsv } from '../csv/parse-csv.js';
import { serializeCsv } from '../csv/serialize-csv.js';
import { chartGoogleDirectory } from '../records/chart-google-directory.js';
import { chartMsgraph } from '../records/chart-msgraph.js';
import { chartScim } from '../records/chart-scim.js';
import {
  danishCsvDocument,
  googleDirectoryDocument,
  msgraphDocument,
  scimDocument,
} from '../testing/directory-documents.js';
import { fixture, importChart, reportingLines } from '../testing/fixture.js';
import { chartWorkbook } from '../xlsx/chart-workbook.js';
import { readWorkbook } from '../xlsx/read-workbook.js';

const directories = [
  ['SCIM', chartScim, scimDocument],
  ['Microsoft Graph', chartMsgraph, msgraphDocument],
  ['Google Directory', chartGoogleDirectory, googleDirectoryDocument],
] as const;

describe.each([5, 5000])('a realistic document of %i people', (size) => {
  const chart = generateChart(size);

  it.each(directories)(
    '%s keeps every reporting line and title',
    async (_name, format, document) => {
      const { chart: imported, issues } = await importChart(
        format,
        JSON.stringify(document(chart)),
      );
      expect(issues).toEqual([]);
      expect(reportingLines(imported)).toEqual(reportingLines(chart));
      expect(imported.positions.map((position) => position.title)).toEqual(
        chart.positions.map((position) => position.title),
      );
    },
  );

  it('the chart workbook keeps every reporting line and department', async () => {
    const read = await readWorkbook(await chartWorkbook(chart));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const converted = csvToPositions(read.table, guessMapping(read.table.headers));
    if (!converted.ok) throw new Error(JSON.stringify(converted.errors.slice(0, 3)));
    expect(reportingLines({ positions: converted.positions })).toEqual(reportingLines(chart));
    expect(converted.positions.map((position) => position.department)).toEqual(
      chart.positions.map((position) => position.department),
    );
  });

  it('a Danish CSV export keeps every reporting line and department', () => {
    const table = parseCsv(danishCsvDocument(chart));
    const converted = csvToPositions(table, guessMapping(table.headers));
    if (!converted.ok) throw new Error(JSON.stringify(converted.errors.slice(0, 3)));
    expect(reportingLines({ positions: converted.positions })).toEqual(reportingLines(chart));
    expect(converted.positions.map((position) => position.department)).toEqual(
      chart.positions.map((position) => position.department),
    );
  });
});

describe('a directory import exported as CSV or a workbook', () => {
  it.each(['CSV', 'workbook'] as const)(
    'imports back as a %s with department, location and employee number',
    async (kind) => {
      const imported = await importChart(chartScim, fixture('scim-users.json'));
      // A person without a job title becomes a position with an empty one, which a CSV or a
      // workbook import refuses (every row needs a title); that one reports to no one. A
      // directory's e-mail address has no column (the mapping step has no e-mail field).
      const chart = {
        ...imported.chart,
        positions: imported.chart.positions
          .filter((position) => position.title !== '')
          .map(({ email: _email, ...position }) => position),
      };
      expect(chart.positions[0]).toMatchObject({ employeeNumber: '1001', location: 'København' });
      const table =
        kind === 'CSV'
          ? parseCsv(serializeCsv(chart))
          : await readWorkbook(await chartWorkbook(chart)).then((read) => {
              if (!read.ok) throw new Error(read.errors.join('\n'));
              return read.table;
            });
      expect(csvToPositions(table, guessMapping(table.headers))).toEqual({
        ok: true,
        positions: chart.positions,
      });
    },
  );
});
