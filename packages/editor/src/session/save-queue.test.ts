import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { backoffDelay, type SaveOutcome, SaveQueue } from './save-queue.js';

type Changes = Record<string, number>;

/** A `send` whose answers the test hands out one by one, recording what was sent on which version. */
function controlledSend() {
  const calls: { changes: Changes; version: number; answer: (o: SaveOutcome<Changes>) => void }[] =
    [];
  const send = (changes: Changes, version: number) =>
    new Promise<SaveOutcome<Changes>>((answer) => calls.push({ changes, version, answer }));
  return { calls, send };
}

function queueWith(send: (c: Changes, v: number) => Promise<SaveOutcome<Changes>>, version = 1) {
  return new SaveQueue<Changes>({
    version,
    send,
    merge: (older, newer) => ({ ...older, ...newer }),
    delayMs: 600,
    maxWaitMs: 4000,
  });
}

/** Lets the promise callbacks of an answered send run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounce and coalescing', () => {
  test('changes within the pause are merged into one request, sent 600 ms after the last', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(400);
    queue.change({ b: 2 });
    await vi.advanceTimersByTimeAsync(400);
    queue.change({ a: 3 });
    expect(queue.snapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(599);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.changes)).toEqual([{ a: 3, b: 2 }]);
    expect(queue.snapshot().status).toBe('saving');
  });

  test('continuous changes are still sent after at most 4 s', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    for (let t = 0; t < 4000; t += 200) {
      queue.change({ n: t });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(calls).toHaveLength(1);
  });

  test('one request at a time: changes made meanwhile go in the next one, on the new version', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send, 4);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    queue.change({ b: 1 });
    queue.change({ c: 1 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
    calls[0]!.answer({ kind: 'saved', version: 5 });
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ changes: { b: 1, c: 1 }, version: 5 });
    calls[1]!.answer({ kind: 'saved', version: 6 });
    await settle();
    expect(queue.snapshot()).toMatchObject({ status: 'saved', version: 6 });
    expect(queue.hasUnsaved()).toBe(false);
  });

  test('a change during the request waits its own pause once the request returns early', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    queue.change({ b: 1 });
    calls[0]!.answer({ kind: 'saved', version: 2 });
    await settle();
    expect(queue.snapshot().status).toBe('pending');
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
  });

  test('`rest` is sent right after, on the version the first part produced', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send, 1);
    queue.change({ a: 1, order: 1 });
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ kind: 'saved', version: 2, rest: { order: 1 } });
    await settle();
    expect(calls[1]).toMatchObject({ changes: { order: 1 }, version: 2 });
  });

  test('flush sends at once and resolves when saved', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    const flushed = queue.flush();
    expect(calls).toHaveLength(1);
    calls[0]!.answer({ kind: 'saved', version: 2 });
    await expect(flushed).resolves.toBe('saved');
    await expect(queue.flush()).resolves.toBe('saved');
  });

  test('flush during a request also sends what came after it', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    queue.change({ b: 1 });
    const flushed = queue.flush();
    calls[0]!.answer({ kind: 'saved', version: 2 });
    await settle();
    expect(calls).toHaveLength(2);
    calls[1]!.answer({ kind: 'saved', version: 3 });
    await expect(flushed).resolves.toBe('saved');
  });
});

describe('unreachable server', () => {
  test('keeps the changes and retries with a growing backoff, merging newer changes', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ kind: 'retry', reason: 'offline', message: 'unreachable' });
    await settle();
    expect(queue.snapshot()).toMatchObject({
      status: 'retrying',
      retryReason: 'offline',
      message: 'unreachable',
    });
    expect(queue.snapshot().retryAt).toBe(Date.now() + 1000);
    queue.change({ b: 1 });
    // The edit does not trigger an early request: the retry does.
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[1]?.changes).toEqual({ a: 1, b: 1 });
    calls[1]!.answer({ kind: 'retry', reason: 'offline', message: 'unreachable' });
    await settle();
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    calls[2]!.answer({ kind: 'saved', version: 2 });
    await settle();
    expect(queue.snapshot()).toMatchObject({ status: 'saved', message: null, retryReason: null });
  });

  test('retryNow sends at once; a retry with afterMs null waits for it', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    void queue.flush();
    calls[0]!.answer({ kind: 'retry', reason: 'unauthorized', message: 'key', afterMs: null });
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    queue.retryNow();
    expect(calls).toHaveLength(2);
  });

  test('backoff: 1, 2, 4, 8 s, then every 15 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(backoffDelay)).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });

  test('flush while retrying tries once more and resolves with what came of it', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ kind: 'retry', reason: 'offline', message: 'unreachable' });
    await settle();
    const flushed = queue.flush();
    calls[1]!.answer({ kind: 'retry', reason: 'offline', message: 'unreachable' });
    await expect(flushed).resolves.toBe('retrying');
  });
});

describe('conflicts', () => {
  async function inConflict() {
    const { calls, send } = controlledSend();
    const queue = queueWith(send, 3);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    queue.change({ b: 1 });
    calls[0]!.answer({
      kind: 'conflict',
      currentVersion: 5,
      current: { theirs: true },
      message: 'changed',
    });
    await settle();
    return { calls, queue };
  }

  test('a 412 holds every change back, sends nothing more, and exposes their version', async () => {
    const { calls, queue } = await inConflict();
    expect(queue.snapshot()).toMatchObject({
      status: 'conflict',
      conflict: { currentVersion: 5, current: { theirs: true } },
    });
    queue.change({ c: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    await expect(queue.flush()).resolves.toBe('conflict');
    expect(queue.unsaved()).toEqual({ a: 1, b: 1, c: 1 });
  });

  test('keep mine: sends all my changes again, based on their version', async () => {
    const { calls, queue } = await inConflict();
    const done = queue.keepMine({ whole: 1 });
    expect(calls[1]).toMatchObject({ changes: { a: 1, b: 1, whole: 1 }, version: 5 });
    calls[1]!.answer({ kind: 'saved', version: 6 });
    await expect(done).resolves.toBe('saved');
    expect(queue.snapshot()).toMatchObject({ status: 'saved', version: 6, conflict: null });
  });

  test('take theirs: drops my changes and bases the next save on their version', async () => {
    const { calls, queue } = await inConflict();
    queue.takeTheirs();
    expect(queue.snapshot()).toMatchObject({ status: 'saved', version: 5, conflict: null });
    expect(queue.hasUnsaved()).toBe(false);
    queue.change({ d: 1 });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]).toMatchObject({ changes: { d: 1 }, version: 5 });
  });

  test('a second conflict while keeping mine is a conflict again', async () => {
    const { calls, queue } = await inConflict();
    const done = queue.keepMine();
    calls[1]!.answer({ kind: 'conflict', currentVersion: 7, current: {}, message: 'again' });
    await expect(done).resolves.toBe('conflict');
    expect(queue.snapshot().conflict?.currentVersion).toBe(7);
  });
});

describe('refused and gone', () => {
  test('refused changes wait for the next change, which is sent with them', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    await vi.advanceTimersByTimeAsync(600);
    calls[0]!.answer({ kind: 'refused', message: 'Title must be text' });
    await settle();
    expect(queue.snapshot()).toMatchObject({ status: 'refused', message: 'Title must be text' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    await expect(queue.flush()).resolves.toBe('refused');
    queue.change({ b: 1 });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]?.changes).toEqual({ a: 1, b: 1 });
  });

  test('a send that throws is refused with the reason, never an unhandled rejection', async () => {
    const queue = queueWith(async () => {
      throw new Error('boom');
    });
    queue.change({ a: 1 });
    await expect(queue.flush()).resolves.toBe('refused');
    expect(queue.snapshot().message).toBe('Saving failed unexpectedly: boom');
  });

  test('gone holds the changes until discarded', async () => {
    const { calls, send } = controlledSend();
    const queue = queueWith(send);
    queue.change({ a: 1 });
    const flushed = queue.flush();
    calls[0]!.answer({ kind: 'gone', message: 'deleted' });
    await expect(flushed).resolves.toBe('gone');
    expect(queue.hasUnsaved()).toBe(true);
    queue.takeTheirs();
    expect(queue.hasUnsaved()).toBe(false);
  });
});

test('subscribers hear every state change; snapshots are stable between changes', async () => {
  const { calls, send } = controlledSend();
  const queue = queueWith(send);
  const statuses: string[] = [];
  queue.subscribe(() => statuses.push(queue.snapshot().status));
  expect(queue.snapshot()).toBe(queue.snapshot());
  queue.change({ a: 1 });
  await vi.advanceTimersByTimeAsync(600);
  calls[0]!.answer({ kind: 'saved', version: 2 });
  await settle();
  expect(statuses).toEqual(['pending', 'saving', 'saved']);
});

test('dispose stops timers and releases waiters', async () => {
  const { calls, send } = controlledSend();
  const queue = queueWith(send);
  queue.change({ a: 1 });
  queue.dispose();
  await vi.advanceTimersByTimeAsync(10_000);
  expect(calls).toHaveLength(0);
  queue.change({ b: 1 });
  await vi.advanceTimersByTimeAsync(10_000);
  expect(calls).toHaveLength(0);
});
