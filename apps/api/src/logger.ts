import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './env.js';

export type { Logger } from 'pino';

/**
 * Structured JSON logs, one object a line. Credentials never reach the log: the request serializer
 * (src/http/request-logger.ts) logs no headers and no bodies, and these paths are redacted in case
 * a future log call passes a whole request or config object.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'orgwise-api' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
          '*.secret',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
