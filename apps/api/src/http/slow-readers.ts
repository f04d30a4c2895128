import type { Response } from 'express';

// Closes the connection of a client that stops reading its answer. An answer that is not read
// stays in the server's memory until it is; a client that never reads (by accident or on purpose,
// over many connections) would hold it for good. The clock runs from the moment the answer is
// complete (request-lifecycle.ts starts it then) or, for an answer written in parts, from its
// first part, and restarts whenever the client reads some of it, so a slow but reading client is
// served.

const watched = new WeakSet<Response>();

/** Starts the clock for an answer (once: later calls for the same answer do nothing). */
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
