import { endpoints } from '@orgwise/contract';
import { importFormatNamed } from '@orgwise/formats';
import type { Request } from 'express';
import { checkedJson, checkLimits } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { jsonTypes } from '../../http/json-body.js';
import { inputProblem, statusProblem } from '../../http/problem.js';
import { requestLocale } from '../../http/request-locale.js';
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

/**
 * POST /api/v1/import: the document in its own media type, answered with the chart, what could
 * not be mapped and the chart's report (checking/import-answer.ts). Like validate it stores
 * nothing, and like validate it reads a large document in a worker thread (check-pool.ts).
 */
export function importRoutes({ config }: AppDeps, checks: ChartChecks): Implementation[] {
  return [
    implement(
      endpoints.importChart,
      ...importBody(config),
      checkedJson(checks, (req) => {
        const { format: name } = queryOf(req);
        const format = importFormatNamed(name);
        if (format === undefined) throw new Error(`No import format is named ${name}`);
        return {
          kind: 'import',
          body: documentOf(req, name, format),
          format: name,
          limits: checkLimits(config),
          locale: requestLocale(req),
        };
      }),
    ),
  ];
}
