import { applyPatch, type Chart, type PatchOp, type RuleSettings } from '@orgwise/domain';
import type { DroppedOp } from './apply-leniently.js';
import { applyChange, changeBetween } from './chart-change.js';
import {
  COALESCE_MS,
  emptyHistory,
  type History,
  type HistoryEntry,
  pushEntry,
} from './history.js';
import type { LocalOrigin } from './origin.js';

// The editor's document and the edits on it, as pure functions from one document to the next: the
// web app keeps the current one in its store, tests and scripts call them directly. Every edit is
// a patch; its inverse is computed when it is applied and kept as the undo step, so the history
// holds patches, never copies of the chart.

export interface EditorDocument {
  chart: Chart;
  /** ESLint-shaped rule settings, always valid (the caller checks them on the way in). */
  ruleSettings: RuleSettings;
  history: History;
}

export interface EditOptions {
  /** Who made the edit; an import or template is 'import', a finding's fix 'fix'. */
  origin?: LocalOrigin;
  /**
   * Consecutive edits with the same key (typing in one field of one position) within
   * COALESCE_MS become one undo step, as in a text editor.
   */
  coalesceKey?: string;
  /** The time of the edit (milliseconds), for coalescing; the clock's by default. */
  now?: number;
}

export interface UndoResult {
  document: EditorDocument;
  /** Operations of the step that no longer applied (someone removed their position meanwhile). */
  dropped: DroppedOp[];
}

export const emptyChart: Chart = { version: 1, positions: [] };

/** A document with no history: a new chart, or a saved one opened. */
export function openDocument(chart: Chart = emptyChart, ruleSettings: RuleSettings = {}) {
  return { chart, ruleSettings, history: emptyHistory } satisfies EditorDocument;
}

/**
 * Applies patch operations as one undo step (or as part of the open one, see coalesceKey). Throws
 * the domain's PatchError, leaving the document as it was, when an operation cannot apply.
 */
export function applyEdit(
  document: EditorDocument,
  ops: readonly PatchOp[],
  options: EditOptions = {},
): EditorDocument {
  if (ops.length === 0) return document;
  return recordChart(document, applyPatch(document.chart, ops), options);
}

/** Replaces the whole chart (an import, a template) as one undo step, kept as a patch. */
export function replaceChart(
  document: EditorDocument,
  chart: Chart,
  options: EditOptions = {},
): EditorDocument {
  if (chart === document.chart) return document;
  return recordChart(document, chart, { origin: 'import', ...options });
}

/** Replaces the rule settings as one undo step. */
export function changeRuleSettings(
  document: EditorDocument,
  ruleSettings: RuleSettings,
): EditorDocument {
  const entry: HistoryEntry = {
    origin: 'user',
    undo: { ops: [] },
    redo: { ops: [] },
    rules: { before: document.ruleSettings, after: ruleSettings },
  };
  return { ...document, ruleSettings, history: pushEntry(document.history, entry) };
}

function recordChart(
  document: EditorDocument,
  chart: Chart,
  { origin = 'user', coalesceKey, now = Date.now() }: EditOptions,
): EditorDocument {
  const { history } = document;
  const open = coalesceKey === undefined ? null : { key: coalesceKey, at: now };
  const top = history.past.at(-1);
  const joins =
    top !== undefined &&
    top.rules === undefined &&
    open !== null &&
    history.open?.key === open.key &&
    now - history.open.at < COALESCE_MS;
  if (!joins) {
    const entry: HistoryEntry = {
      origin,
      undo: changeBetween(chart, document.chart),
      redo: changeBetween(document.chart, chart),
    };
    return { ...document, chart, history: pushEntry(history, entry, open) };
  }
  // The open step grows: it now goes from where it started to this chart.
  const start = applyChange(document.chart, top.undo).chart;
  const grown: HistoryEntry = {
    ...top,
    undo: changeBetween(chart, start),
    redo: changeBetween(start, chart),
  };
  return {
    ...document,
    chart,
    history: { past: [...history.past.slice(0, -1), grown], future: [], open },
  };
}

/** Undoes the last step; what no longer applies is dropped, with the reason. */
export function undo(document: EditorDocument): UndoResult {
  const { past, future } = document.history;
  const entry = past.at(-1);
  if (entry === undefined) return { document, dropped: [] };
  const { chart, dropped } = applyChange(document.chart, entry.undo);
  // Redo goes forward by what the undo did, which is less than the step when parts were dropped.
  const undone: HistoryEntry = { ...entry, redo: changeBetween(chart, document.chart) };
  return {
    document: {
      chart,
      ruleSettings: entry.rules?.before ?? document.ruleSettings,
      history: { past: past.slice(0, -1), future: [...future, undone], open: null },
    },
    dropped,
  };
}

/** Redoes the last undone step; what no longer applies is dropped, with the reason. */
export function redo(document: EditorDocument): UndoResult {
  const { past, future } = document.history;
  const entry = future.at(-1);
  if (entry === undefined) return { document, dropped: [] };
  const { chart, dropped } = applyChange(document.chart, entry.redo);
  const redone: HistoryEntry = { ...entry, undo: changeBetween(chart, document.chart) };
  return {
    document: {
      chart,
      ruleSettings: entry.rules?.after ?? document.ruleSettings,
      history: { past: [...past, redone], future: future.slice(0, -1), open: null },
    },
    dropped,
  };
}

export const canUndo = (document: EditorDocument) => document.history.past.length > 0;
export const canRedo = (document: EditorDocument) => document.history.future.length > 0;
