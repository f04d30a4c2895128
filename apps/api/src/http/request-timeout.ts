import type { Request, Response } from 'express';
import { sendProblem, statusProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

/**
 * Answers a request that is not done within `timeoutMs`: 408 when the client is still sending the
 * body (a slow or stalled upload), 503 when the server is still working on it. The connection is
 * closed afterwards, so a stalled upload stops holding it. Node's own `requestTimeout` stays as a
 * backstop (src/server.ts) but answers without a problem document. The caller clears the timer
 * when the response closes (request-lifecycle.ts).
 */
export function startRequestTimer(req: Request, res: Response, timeoutMs: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    if (res.headersSent) return;
    res.setHeader('Connection', 'close');
    const problem = req.complete
      ? statusProblem(503, problemText('tookTooLong', { ms: timeoutMs }))
      : statusProblem(408, problemText('bodyTooSlow', { ms: timeoutMs }));
    sendProblem(req, res, problem);
  }, timeoutMs);
  timer.unref();
  return timer;
}
