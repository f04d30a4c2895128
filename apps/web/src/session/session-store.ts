import type { ScenarioSummary, Workspace } from '@orgwise/contract';
import type { QueueSnapshot } from '@orgwise/editor';
import { create } from 'zustand';

// What the editor knows about the saved workspace it shows: the workspace and its options as the
// user sees them (their unsaved edits included), how saving goes, and what needs the user's say
// (a conflict, an API key). The chart itself lives in the editor store.

export type Phase =
  /** No workspace yet: the start screen; the first change creates one. */
  | 'start'
  | 'loading'
  | 'ready'
  /** The workspace could not be opened; `failure` says why. */
  | 'failed';

export interface LoadFailure {
  kind: 'bad-link' | 'not-found' | 'network' | 'unauthorized' | 'problem';
  message: string;
}

export type SaveTarget = { kind: 'workspace' } | { kind: 'scenario'; scenarioId: string };

export interface ConflictView {
  target: SaveTarget;
  /** conflict: someone saved first; gone: the option was deleted meanwhile. */
  kind: 'conflict' | 'gone';
  /** The name of the option or workspace, as the user knows it. */
  name: string;
  theirVersion: number | null;
  message: string;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: NoticeAction;
}

export interface SessionState {
  phase: Phase;
  failure: LoadFailure | null;
  workspace: Workspace | null;
  /** The workspace's options in their order. */
  scenarios: ScenarioSummary[];
  currentId: string | null;
  /** An action on the options in progress ("Opening “Option A”…"), which disables the others. */
  busy: string | null;
  /** Save queues by key: "create", "workspace", "scenario:<id>". */
  queues: Record<string, QueueSnapshot>;
  conflict: ConflictView | null;
  needsApiKey: boolean;
  /** The key given last was refused (401 again): the dialog says so. */
  apiKeyRejected: boolean;
  notice: Notice | null;
}

export const initialSession: SessionState = {
  phase: 'start',
  failure: null,
  workspace: null,
  scenarios: [],
  currentId: null,
  busy: null,
  queues: {},
  conflict: null,
  needsApiKey: false,
  apiKeyRejected: false,
  notice: null,
};

export function createSessionStore() {
  return create<SessionState>()(() => initialSession);
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The editor's session; tests make their own with createSessionStore. */
export const useSession: SessionStore = createSessionStore();
