import { endpoints } from '@orgwise/contract';
import { validate } from '@orgwise/domain';
import { importDocument, importFormatNamed, importSource } from '@orgwise/formats';
import type { Request } from 'express';
import { limitFindings } from '../../checking/limit-findings.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { jsonTypes } from '../../http/json-body.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { inputProblem, statusProblem } from '../../http/problem.js';
import { answerIn, requestLocale } from '../../http/request-locale.js';
import { toInputIssues } from '../../http/validated.js';
import { importBody } from './import-body.js';

type ImportFormat = NonNullable<ReturnType<typeof importFormatNamed>>;

function queryOf(req: Request) {
  const query = endpoints.importChart.request.query.safeParse(req.query);
  if (query.success) return query.data;
  throw inputProblem(
    'invalid-request',
    'The query string does not match the schema; see `errors`.',
    toInputIssues(query.error).map((issue) => ({ ...issue, path: ['query', ...issue.path] })),
  );
}

/** The body's bytes, in the media type the format is read from. */
function documentOf(req: Request, name: string, format: ImportFormat): Uint8Array {
  const json = format.mediaType === 'application/json';
  const body: unknown = req.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw statusProblem(
      400,
      `Send the ${format.label} document as the body, with Content-Type: ${format.mediaType}.`,
    );
  }
  if (!req.is(json ? jsonTypes : [format.mediaType])) {
    throw statusProblem(
      415,
      `format=${name} reads ${format.mediaType}; the body is ${(req.get('content-type') ?? '').slice(0, 100)}.`,
      {},
      { 'Accept-Post': format.mediaType },
    );
  }
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

const unreadable = (format: ImportFormat, messages: readonly string[]) =>
  inputProblem(
    'unreadable-document',
    `The body cannot be read as ${format.label} (format=${format.dialect ?? format.extension}); see \`errors\`.`,
    messages.map((message) => ({ path: ['body'], message })),
  );

/**
 * POST /api/v1/import: the document in its own media type, read by the format's record of
 * @orgwise/formats (the same readers as the editor and the CLI), answered with the chart, what
 * could not be mapped and the chart's report. Like validate it stores nothing.
 */
export function importRoutes({ config }: AppDeps): Implementation[] {
  return [
    implement(endpoints.importChart, ...importBody(config), async (req, res) => {
      const { format: name } = queryOf(req);
      const format = importFormatNamed(name);
      if (format === undefined) throw new Error(`No import format is named ${name}`);
      const bytes = documentOf(req, name, format);
      const imported = await importDocument(format, importSource(bytes));
      if (!imported.ok) throw unreadable(format, imported.errors);
      const { chart, issues } = imported;
      if (chart.positions.length > config.maxPositions) {
        throw tooManyPositions(
          chart.positions.length,
          config.maxPositions,
          ['body'],
          'The document',
        );
      }
      const locale = requestLocale(req);
      const report = limitFindings(validate(chart, { locale }), config.maxFindingsPerRule);
      answerIn(res, locale);
      res.json({ chart, issues, report });
    }),
  ];
}
