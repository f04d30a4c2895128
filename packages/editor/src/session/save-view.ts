import type { QueueSnapshot } from './save-queue.js';

// One line about saving, for the top bar, from the state of every save queue: the most pressing
// state wins (a conflict over an error over being offline over saving).

export type SaveState =
  | 'idle'
  | 'saved'
  | 'saving'
  | 'offline'
  /** The server answered but could not save yet (busy, or an error on its side). */
  | 'retrying'
  | 'unauthorized'
  | 'conflict'
  | 'error';

export interface SaveView {
  state: SaveState;
  label: string;
  /** More about it (the server's reason), for a tooltip and screen readers. */
  detail: string | null;
  /** The next automatic try, while retrying (epoch ms). */
  retryAt: number | null;
  /** While offline or retrying: a try is under way right now. */
  attempting: boolean;
  lastSavedAt: number | null;
}

const labels: Record<SaveState, string> = {
  idle: '',
  saved: 'Saved',
  saving: 'Saving…',
  // Short: the top bar must not grow a line when saving stops working (the chart would jump);
  // the banner over the canvas, the tooltip and screen readers get the whole story.
  offline: 'Offline',
  retrying: 'Not saved yet',
  unauthorized: 'API key needed',
  conflict: 'Conflict',
  error: 'Not saved',
};

function stateOf(snapshot: QueueSnapshot): SaveState {
  switch (snapshot.status) {
    case 'conflict':
    case 'gone':
      return 'conflict';
    case 'refused':
      return 'error';
    case 'retrying':
      if (snapshot.retryReason === 'unauthorized') return 'unauthorized';
      return snapshot.retryReason === 'offline' ? 'offline' : 'retrying';
    case 'pending':
    case 'saving':
      // Another try after a failed one is still offline (or retrying) until it lands: flipping to
      // "Saving…" on every try would flash the banner away and back.
      if (snapshot.retryReason === 'offline') return 'offline';
      if (snapshot.retryReason === 'busy' || snapshot.retryReason === 'server') return 'retrying';
      return 'saving';
    case 'saved':
      return 'saved';
  }
}

const rank: SaveState[] = [
  'idle',
  'saved',
  'saving',
  'retrying',
  'offline',
  'unauthorized',
  'error',
  'conflict',
];

export function saveView(snapshots: readonly QueueSnapshot[]): SaveView {
  let worst: QueueSnapshot | null = null;
  let state: SaveState = 'idle';
  let lastSavedAt: number | null = null;
  for (const snapshot of snapshots) {
    const candidate = stateOf(snapshot);
    if (rank.indexOf(candidate) > rank.indexOf(state)) {
      state = candidate;
      worst = snapshot;
    }
    if (snapshot.lastSavedAt !== null)
      lastSavedAt = Math.max(lastSavedAt ?? 0, snapshot.lastSavedAt);
  }
  // A conflict is explained by its dialog, in the user's words rather than the server's.
  const showsReason =
    state === 'offline' || state === 'retrying' || state === 'unauthorized' || state === 'error';
  return {
    state,
    label: labels[state],
    detail: showsReason ? (worst?.message ?? null) : null,
    retryAt: state === 'offline' || state === 'retrying' ? (worst?.retryAt ?? null) : null,
    attempting: (state === 'offline' || state === 'retrying') && worst?.status !== 'retrying',
    lastSavedAt,
  };
}
