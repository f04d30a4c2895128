import type { ErrorRequestHandler } from 'express';
import { formatBytes } from './format-bytes.js';
import { HttpProblem, sendProblem, statusProblem, typedProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

/** The fields that body-parser and http-errors put on the errors they raise. */
interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  limit?: number;
}

/**
 * Turns every error into a problem document. Client errors say what was wrong; anything else is a
 * 500 with a generic message and the request id, while the error itself (with its stack) goes only
 * to the log.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const problem = toProblem(error);
  if (problem.problem.status >= 500) {
    // The request logger logs the request at error level with this error attached.
    res.err = error instanceof Error ? error : new Error(String(error));
  }
  if (res.headersSent) {
    // The response is already on its way (a timeout answered first, or the client went away).
    req.log.debug({ req: { id: req.id }, err: error }, 'error after the response was sent');
    return;
  }
  sendProblem(req, res, problem);
};

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const httpError = error as HttpError;
  switch (httpError?.type) {
    case 'entity.parse.failed':
      return typedProblem(
        'invalid-json',
        problemText('invalidJson', { reason: httpError.message }),
      );
    case 'entity.too.large':
      return statusProblem(
        413,
        problemText('tooLarge', { limit: formatBytes(httpError.limit ?? 0) }),
        { limit: httpError.limit },
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return statusProblem(415, httpError.message);
    case 'request.aborted':
    case 'request.size.invalid':
      return statusProblem(400, httpError.message);
  }
  const status = httpError?.status ?? httpError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // http-errors marks client errors whose message is meant for the client with `expose`.
    return statusProblem(status, httpError.expose ? httpError.message : undefined);
  }
  return statusProblem(500, problemText('internal'));
}
