import type { Request, Response } from 'express';
import type { Config } from '../env.js';
import { HttpProblem } from '../http/problem.js';
import { answerIn } from '../http/request-locale.js';
import { type ChartChecks, checkedInline } from './check-pool.js';
import { type CheckLimits, type CheckResult, type CheckTask, runCheck } from './check-request.js';

export function checkLimits(config: Config): CheckLimits {
  return {
    maxPositions: config.maxPositions,
    maxJsonDepth: config.maxJsonDepth,
    maxFindingsPerRule: config.maxFindingsPerRule,
  };
}

/**
 * Runs a check for a request and answers with its JSON or its problem document. A client that
 * goes away (or a request that times out) drops its check, so no thread works for nobody.
 */
export async function runForRequest(
  res: Response,
  checks: ChartChecks,
  task: CheckTask,
): Promise<CheckResult | undefined> {
  // The everyday case, checked at once: nothing to drop, so nothing to listen for.
  if (checkedInline(task)) return runCheck(task);
  const controller = new AbortController();
  const abort = () => controller.abort();
  res.once('close', abort);
  try {
    return await checks.run(task, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return undefined;
    throw error;
  } finally {
    res.off('close', abort);
  }
}

/** The handler of a chart endpoint: the task made from the request, answered as JSON. */
export function checkedJson(checks: ChartChecks, task: (req: Request) => CheckTask) {
  return async (req: Request, res: Response): Promise<void> => {
    const work = task(req);
    const result = await runForRequest(res, checks, work);
    if (result === undefined) return;
    if (!result.ok) throw new HttpProblem(result.problem, result.headers, result.texts);
    // Ended directly as text: res.send would parse the content type and encode the text into a
    // buffer first. Node writes a text answer together with its headers in one write to the
    // socket, where a buffer goes out as a second one.
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    answerIn(res, work.locale);
    res.setHeader('Content-Length', Buffer.byteLength(result.json, 'utf8'));
    res.end(result.json, 'utf8');
  };
}
