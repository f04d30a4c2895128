import type { RequestHandler, Response } from 'express';

/**
 * Closes the connection of a client that stops reading its answer. An answer that is not read
 * stays in the server's memory until it is; a client that never reads (by accident or on purpose,
 * over many connections) would hold it for good. The clock runs from the moment the answer is
 * complete (or, for an answer written in parts, from its first part) and restarts whenever the
 * client reads some of it, so a slow but reading client is served.
 */
export function closeStalledReaders(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    res.once('prefinish', () => watchReader(res, timeoutMs));
    next();
  };
}

const watched = new WeakSet<Response>();

/** Starts the clock of closeStalledReaders for an answer written in parts. */
export function watchReader(res: Response, timeoutMs: number): void {
  if (watched.has(res) || res.socket === null) return;
  watched.add(res);
  // The socket's idle timer: reset by every write that the client's reading lets through.
  res.setTimeout(timeoutMs, () => {
    res.req.log.warn(
      { req: { id: res.req.id }, timeoutMs },
      'the client stopped reading the answer; closing its connection',
    );
    res.destroy();
  });
}
