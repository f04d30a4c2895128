import { type Timer, timers } from './timers.js';

// Saves one resource (a scenario, a workspace) as it changes: changes are merged while the user
// keeps editing and sent after a short pause (debounce, with a maximum wait so that continuous
// typing still saves), one request at a time, each based on the version last seen. A failed save
// keeps its changes: they are merged under anything newer and sent again, after a backoff when
// the server is unreachable, or only once the user decides when someone else saved first.
//
// The queue knows nothing about HTTP: `send` does the request and says what came of it.

export type RetryReason = 'offline' | 'unauthorized' | 'busy' | 'server';

export type SaveOutcome<C> =
  /** Saved as `version`; `rest` is a part of the changes still to send, right away. */
  | { kind: 'saved'; version: number; rest?: C }
  /** Someone else saved first: nothing was changed; the queue waits for resolveConflict. */
  | { kind: 'conflict'; currentVersion: number; current: unknown; message: string }
  /** Try again later: after `afterMs`, after a backoff when absent, or only on retryNow when null. */
  | { kind: 'retry'; reason: RetryReason; message: string; afterMs?: number | null }
  /** The server will not take these changes; the next change is tried again. */
  | { kind: 'refused'; message: string }
  /** The resource no longer exists; the queue holds the changes until discarded. */
  | { kind: 'gone'; message: string };

export type QueueStatus =
  | 'saved'
  | 'pending'
  | 'saving'
  | 'retrying'
  | 'conflict'
  | 'refused'
  | 'gone';

export interface QueueConflict {
  currentVersion: number;
  current: unknown;
  message: string;
}

export interface QueueSnapshot {
  status: QueueStatus;
  /** The version the next save is based on. */
  version: number;
  /** Why the last save did not land (retrying, refused, conflict, gone). */
  message: string | null;
  retryReason: RetryReason | null;
  /** When the next automatic try happens (epoch ms), while retrying. */
  retryAt: number | null;
  conflict: QueueConflict | null;
  lastSavedAt: number | null;
}

export interface SaveQueueOptions<C> {
  version: number;
  send: (changes: C, baseVersion: number) => Promise<SaveOutcome<C>>;
  /** Combines older and newer changes into one; newer wins where both say something. */
  merge: (older: C, newer: C) => C;
  delayMs?: number;
  /** Continuous changes are still sent at least this often. */
  maxWaitMs?: number;
  retryDelay?: (attempt: number) => number;
}

export const SAVE_DELAY_MS = 600;
const MAX_WAIT_MS = 4000;

/** 1 s, 2 s, 4 s, 8 s, then every 15 s: quick when the blip is short, quiet when it is not. */
export function backoffDelay(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt - 1), 15_000);
}

export class SaveQueue<C> {
  readonly #send: SaveQueueOptions<C>['send'];
  readonly #merge: SaveQueueOptions<C>['merge'];
  readonly #delayMs: number;
  readonly #maxWaitMs: number;
  readonly #retryDelay: (attempt: number) => number;

  #version: number;
  #pending: C | null = null;
  #inFlight: C | null = null;
  #status: QueueStatus = 'saved';
  #message: string | null = null;
  #retryReason: RetryReason | null = null;
  #retryAt: number | null = null;
  #attempt = 0;
  #conflict: QueueConflict | null = null;
  #lastSavedAt: number | null = null;
  #debounce: Timer | null = null;
  #retryTimer: Timer | null = null;
  #firstChangeAt: number | null = null;
  #sendAfterFlight = false;
  #disposed = false;
  #waiters: ((status: QueueStatus) => void)[] = [];
  #listeners = new Set<() => void>();
  #snapshot: QueueSnapshot | null = null;

  constructor(options: SaveQueueOptions<C>) {
    this.#version = options.version;
    this.#send = options.send;
    this.#merge = options.merge;
    this.#delayMs = options.delayMs ?? SAVE_DELAY_MS;
    this.#maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
    this.#retryDelay = options.retryDelay ?? backoffDelay;
  }

  get version(): number {
    return this.#version;
  }

  /** Sets the version the next save is based on (after the resource was changed another way). */
  setVersion(version: number): void {
    this.#version = version;
    this.#changed();
  }

  snapshot(): QueueSnapshot {
    this.#snapshot ??= {
      status: this.#status,
      version: this.#version,
      message: this.#message,
      retryReason: this.#retryReason,
      retryAt: this.#retryAt,
      conflict: this.#conflict,
      lastSavedAt: this.#lastSavedAt,
    };
    return this.#snapshot;
  }

  /** Changes not yet confirmed by the server (waiting, in flight, or held back). */
  hasUnsaved(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  /** The changes waiting to be sent, merged, including those of a save that did not land. */
  unsaved(): C | null {
    if (this.#inFlight === null) return this.#pending;
    return this.#pending === null ? this.#inFlight : this.#merge(this.#inFlight, this.#pending);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  change(changes: C): void {
    if (this.#disposed) return;
    this.#pending = this.#pending === null ? changes : this.#merge(this.#pending, changes);
    // Held back until the user decides (conflict, gone), or until the scheduled retry.
    if (this.#status !== 'conflict' && this.#status !== 'gone' && this.#status !== 'retrying') {
      this.#status = this.#inFlight === null ? 'pending' : 'saving';
      this.#arm();
    }
    this.#changed();
  }

  /**
   * Sends what is waiting now, without the pause, and resolves once the queue has settled: saved,
   * or stuck (retrying, conflict, refused, gone), which the status it resolves with tells.
   */
  flush(): Promise<QueueStatus> {
    if (this.#disposed || this.#status === 'conflict' || this.#status === 'gone') {
      return Promise.resolve(this.#status);
    }
    if (this.#pending === null && this.#inFlight === null) return Promise.resolve(this.#status);
    // Refused changes are sent again only once something new has been merged into them.
    if (this.#status === 'refused' && this.#debounce === null) return Promise.resolve('refused');
    const settled = this.#whenSettled();
    if (this.#inFlight !== null) this.#sendAfterFlight = this.#pending !== null;
    else void this.#fire();
    return settled;
  }

  /** Sends now instead of at the scheduled retry (the user pressed "Try now", or came online). */
  retryNow(): void {
    if (this.#status === 'retrying' && this.#inFlight === null) void this.#fire();
  }

  /** Someone else's version wins: the waiting changes are dropped. Also discards after "gone". */
  takeTheirs(): void {
    if (this.#conflict !== null) this.#version = this.#conflict.currentVersion;
    this.#pending = null;
    this.#conflict = null;
    this.#message = null;
    this.#status = 'saved';
    this.#settle();
    this.#changed();
  }

  /**
   * Mine wins: the waiting changes (with `extra` merged over them) are sent again, based on the
   * version the server holds now, so they replace it. Resolves like flush.
   */
  keepMine(extra?: C): Promise<QueueStatus> {
    if (this.#conflict === null) return Promise.resolve(this.#status);
    this.#version = this.#conflict.currentVersion;
    this.#conflict = null;
    this.#message = null;
    if (extra !== undefined) {
      this.#pending = this.#pending === null ? extra : this.#merge(this.#pending, extra);
    }
    this.#status = 'pending';
    const settled = this.#whenSettled();
    void this.#fire();
    return settled;
  }

  dispose(): void {
    this.#disposed = true;
    this.#clearTimers();
    this.#settle(true);
    this.#listeners.clear();
  }

  #arm(): void {
    const now = Date.now();
    this.#firstChangeAt ??= now;
    const wait = Math.min(this.#delayMs, Math.max(0, this.#firstChangeAt + this.#maxWaitMs - now));
    if (this.#debounce !== null) timers.clearTimeout(this.#debounce);
    this.#debounce = timers.setTimeout(() => {
      this.#debounce = null;
      void this.#fire();
    }, wait);
  }

  #clearTimers(): void {
    if (this.#debounce !== null) timers.clearTimeout(this.#debounce);
    if (this.#retryTimer !== null) timers.clearTimeout(this.#retryTimer);
    this.#debounce = null;
    this.#retryTimer = null;
  }

  async #fire(): Promise<void> {
    if (this.#disposed) return;
    if (this.#inFlight !== null) {
      this.#sendAfterFlight = true;
      return;
    }
    this.#clearTimers();
    this.#firstChangeAt = null;
    this.#sendAfterFlight = false;
    const changes = this.#pending;
    if (changes === null) {
      this.#settle();
      return;
    }
    this.#pending = null;
    this.#inFlight = changes;
    this.#status = 'saving';
    this.#retryAt = null;
    this.#changed();

    let outcome: SaveOutcome<C>;
    try {
      outcome = await this.#send(changes, this.#version);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      outcome = { kind: 'refused', message: `Saving failed unexpectedly: ${detail}` };
    }
    if (this.#disposed) return;
    this.#inFlight = null;
    this.#handle(changes, outcome);
    this.#settle();
    this.#changed();
  }

  #handle(sent: C, outcome: SaveOutcome<C>): void {
    if (outcome.kind === 'saved') {
      this.#version = outcome.version;
      this.#attempt = 0;
      this.#message = null;
      this.#retryReason = null;
      this.#lastSavedAt = Date.now();
      if (outcome.rest !== undefined) {
        this.#pending =
          this.#pending === null ? outcome.rest : this.#merge(outcome.rest, this.#pending);
      }
      if (this.#pending === null) {
        this.#status = 'saved';
      } else if (outcome.rest !== undefined || this.#sendAfterFlight) {
        void this.#fire();
      } else {
        this.#status = 'pending';
        if (this.#debounce === null) this.#arm();
      }
      return;
    }

    // Whatever did not land is kept, under anything that changed meanwhile.
    const newer = this.#pending !== null;
    this.#pending = this.#pending === null ? sent : this.#merge(sent, this.#pending);
    this.#message = outcome.message;
    this.#sendAfterFlight = false;

    switch (outcome.kind) {
      case 'conflict':
      case 'gone':
        this.#clearTimers();
        this.#status = outcome.kind;
        this.#conflict =
          outcome.kind === 'conflict'
            ? {
                currentVersion: outcome.currentVersion,
                current: outcome.current,
                message: outcome.message,
              }
            : null;
        return;
      case 'retry': {
        this.#clearTimers();
        this.#attempt += 1;
        this.#status = 'retrying';
        this.#retryReason = outcome.reason;
        const delay =
          outcome.afterMs === null ? null : (outcome.afterMs ?? this.#retryDelay(this.#attempt));
        this.#retryAt = delay === null ? null : Date.now() + delay;
        if (delay !== null) {
          this.#retryTimer = timers.setTimeout(() => {
            this.#retryTimer = null;
            void this.#fire();
          }, delay);
        }
        return;
      }
      case 'refused':
        // Newer changes may be the fix (the user kept typing): they are tried as usual.
        this.#status = newer ? 'pending' : 'refused';
        if (!newer) this.#clearTimers();
        else if (this.#debounce === null) this.#arm();
        return;
    }
  }

  #busy(): boolean {
    return (
      this.#inFlight !== null ||
      (this.#pending !== null &&
        (this.#debounce !== null || this.#sendAfterFlight) &&
        this.#status !== 'refused')
    );
  }

  #whenSettled(): Promise<QueueStatus> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #settle(force = false): void {
    if (!force && this.#busy()) return;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(this.#status);
  }

  #changed(): void {
    this.#snapshot = null;
    for (const listener of this.#listeners) listener();
  }
}
