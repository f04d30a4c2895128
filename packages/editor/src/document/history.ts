import type { RuleSettings } from '@orgwise/domain';
import type { ChartChange } from './chart-change.js';
import type { LocalOrigin } from './origin.js';

/**
 * One undo step: how to go back and how to go forward again, as patches computed when the edit
 * was made (never snapshots of the chart), and the rule settings before and after when they
 * changed (they are small and have no patch operations).
 */
export interface HistoryEntry {
  origin: LocalOrigin;
  undo: ChartChange;
  redo: ChartChange;
  rules?: { before: RuleSettings; after: RuleSettings };
}

export interface History {
  /** Oldest first; the last is undone first. */
  past: readonly HistoryEntry[];
  /** The next redo last. */
  future: readonly HistoryEntry[];
  /**
   * The step that typing in one field keeps growing: edits with the same key within
   * COALESCE_MS of the previous one join it. Undo, redo and any other edit close it.
   */
  open: { key: string; at: number } | null;
}

export const HISTORY_LIMIT = 500;
export const COALESCE_MS = 1500;

export const emptyHistory: History = { past: [], future: [], open: null };

/** Adds a step, forgetting the oldest beyond HISTORY_LIMIT; a new step drops the redo steps. */
export function pushEntry(
  history: History,
  entry: HistoryEntry,
  open: History['open'] = null,
): History {
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], open };
}
