import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { identifyRequest, logRequest } from './request-logger.js';
import { startRequestTimer } from './request-timeout.js';
import { watchReader } from './slow-readers.js';

export interface LifecycleOptions {
  logger: Logger;
  /** How long a request may take, body and work together (request-timeout.ts). */
  requestTimeoutMs: number;
  /** How long an answer may wait for its client to read it (slow-readers.ts). */
  slowReaderTimeoutMs: number;
  /** True once the server is shutting down: keep-alive clients are told to reconnect. */
  isShuttingDown?: (() => boolean) | undefined;
}

/**
 * What every request gets, from its first byte to its connection's close: an id and a logger, a
 * deadline, a watch on a client that stops reading the answer, and one log line at the end.
 *
 * One middleware with one `close` listener rather than four middlewares with a `finish` and a
 * `close` listener each: a response emits `close` after `finish` too (with `writableFinished`
 * set), and the four layers and listeners were about a tenth of what a small validate costs.
 */
export function requestLifecycle(options: LifecycleOptions): RequestHandler {
  const { logger, requestTimeoutMs, slowReaderTimeoutMs, isShuttingDown } = options;
  return (req, res, next) => {
    const started = performance.now();
    identifyRequest(req, res, logger);
    // Keep-alive connections would hold a shutting-down process open; tell clients to reconnect.
    if (isShuttingDown?.()) res.setHeader('Connection', 'close');
    const timer = startRequestTimer(req, res, requestTimeoutMs);
    res.once('prefinish', () => watchReader(res, slowReaderTimeoutMs));
    res.once('close', () => {
      clearTimeout(timer);
      logRequest(req, res, started, logger);
    });
    next();
  };
}
