import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import { loggablePath } from './log-path.js';

// A caller's own request id is kept so that its logs and ours line up, but only when it looks like
// an id: it is echoed in a header and written to the log.
const safeRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (echoed in `X-Request-Id`) and a child logger (`req.log`), and logs
 * one line when the response is finished: method, path, status, duration. Headers, query strings
 * and bodies are never logged: they may hold credentials or personal data; the path is logged
 * with its secrets redacted (log-path.ts).
 */
export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && safeRequestId.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_req, res, error) {
      if (error !== undefined || res.statusCode >= 500) return 'error';
      return 'info';
    },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath((req.originalUrl ?? req.url ?? '').split('?')[0] ?? ''),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
  }) as unknown as RequestHandler;
}
