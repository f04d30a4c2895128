import { GCProfiler } from 'node:v8';

/** Collects garbage when the run has --expose-gc, so that one measurement does not pay for another's. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Runs `work` and checks its result, so that a broken run cannot pass for a fast one. */
export interface Task<T> {
  run(): T;
  check(result: T): void;
}

/** Times one run of `task`, starting from a collected heap. */
export function time<T>(task: Task<T>): number {
  collectGarbage();
  const start = performance.now();
  const result = task.run();
  const ms = performance.now() - start;
  task.check(result);
  return ms;
}

/**
 * The most V8 heap one run of `task` uses: the heap in use before each collection during the run,
 * and at its end while the result is still alive. Measured apart from the timings, because
 * recording heap statistics at every collection slows the collections down.
 */
export function peakHeap<T>(task: Task<T>): number {
  collectGarbage();
  const profiler = new GCProfiler();
  profiler.start();
  const result = task.run();
  const endHeap = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  task.check(result);
  let peak = endHeap;
  for (const gc of statistics) peak = Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize);
  return peak;
}

export interface Comparison {
  baselineMs: number[];
  candidateMs: number[];
}

/**
 * Runs `baseline` and `candidate` alternately, switching which goes first every round, after a few
 * unrecorded warm-up rounds: both see the same machine, the same JIT state and the same drift.
 */
export function compare<B, C>(
  baseline: Task<B>,
  candidate: Task<C>,
  rounds: { warmUp: number; measured: number },
): Comparison {
  for (let round = 0; round < rounds.warmUp; round++) {
    time(baseline);
    time(candidate);
  }
  const result: Comparison = { baselineMs: [], candidateMs: [] };
  for (let round = 0; round < rounds.measured; round++) {
    if (round % 2 === 0) {
      result.baselineMs.push(time(baseline));
      result.candidateMs.push(time(candidate));
    } else {
      result.candidateMs.push(time(candidate));
      result.baselineMs.push(time(baseline));
    }
  }
  return result;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
