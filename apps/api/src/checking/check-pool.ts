import { declaredUnzippedSize } from '@orgwise/formats';
import { Piscina } from 'piscina';
import type { Config } from '../env.js';
import { statusProblem } from '../http/problem.js';
import { type CheckResult, type CheckTask, runCheck } from './check-request.js';

// Checking a chart takes the main thread's whole attention: a 100,000-position chart blocks it for
// about a second, and while it does no other request is answered, a health check included. Large
// charts are therefore checked in worker threads (piscina), a bounded number at a time, with a
// bounded queue; when both are full the answer is 503 with Retry-After rather than a longer wait
// for everyone. Small charts stay on the main thread: handing them to a worker would cost more
// (copying the body there and the answer back) than checking them, and they are the everyday case.
// An import (a directory's export, a spreadsheet) is read, mapped and checked the same way.

/**
 * Bodies up to this size are checked on the main thread. 256 KB is a chart of about 2,000
 * positions, which validates in a few milliseconds.
 */
export const inlineBytes = 256 * 1024;

/** Seconds a client is asked to wait before trying again when the checks are full. */
const retryAfterSeconds = 5;

export interface ChartChecks {
  /** Runs a task, in a worker thread when it is large; aborting drops it (or stops its thread). */
  run(task: CheckTask, signal: AbortSignal): Promise<CheckResult>;
  /** Stops the worker threads (tasks in flight are dropped). */
  close(): Promise<void>;
}

/**
 * The bytes a task reads: a workbook counts as what it unpacks to (its XML), as it is read so,
 * several times its size (a 5,000-row chart workbook: 133 KB, unpacked 1.1 MB).
 */
function taskBytes(task: CheckTask): number {
  if (task.kind === 'report') return task.chartJson.length;
  if (task.kind === 'import' && task.format === 'xlsx')
    return declaredUnzippedSize(task.body) ?? task.body.byteLength;
  return task.body?.byteLength ?? 0;
}

/** Whether a task is small enough to check on the main thread. */
export function checkedInline(task: CheckTask): boolean {
  return taskBytes(task) <= inlineBytes;
}

// The worker runs this module's sibling: from dist as JavaScript, from src (tests, `pnpm dev`,
// benchmarks) as TypeScript through tsx, as the process itself does.
const fromSource = import.meta.url.endsWith('.ts');
const workerFile = new URL(`./check-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href;

export function chartChecks(config: Pick<Config, 'checkThreads' | 'checkQueue'>): ChartChecks {
  let pool: Piscina<CheckTask, CheckResult> | undefined;
  let pending = 0;
  const capacity = config.checkThreads + config.checkQueue;
  const threads = () => {
    // Threads start with the first large chart, and stop again after a minute without one.
    pool ??= new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: config.checkThreads,
      maxQueue: config.checkQueue,
      idleTimeout: 60_000,
      execArgv: fromSource ? ['--import', 'tsx'] : [],
    });
    return pool;
  };
  return {
    async run(task, signal) {
      if (checkedInline(task)) return runCheck(task);
      if (pending >= capacity) {
        throw statusProblem(
          503,
          `The server is checking as many large charts and documents as it can (${capacity} at a time); try again in ${retryAfterSeconds} seconds.`,
          {},
          { 'Retry-After': String(retryAfterSeconds) },
        );
      }
      pending++;
      try {
        return await threads().run(task, { signal });
      } finally {
        pending--;
      }
    },
    async close() {
      await pool?.destroy();
    },
  };
}
