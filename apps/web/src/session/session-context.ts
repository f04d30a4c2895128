import type { Scenario, ScenarioSummary } from '@orgwise/contract';
import type { Chart } from '@orgwise/domain';
import type {
  KeyValueStorage,
  QueueStatus,
  SaveQueue,
  ScenarioChanges,
  WorkspaceChanges,
  WritableApiKeyStore,
} from '@orgwise/editor';
import { translate } from '../i18n/translate.js';
import type { useEditor } from '../store/editor-store.js';
import type { SessionApi } from './api-client.js';
import { messages } from './messages.js';
import type { NoticeAction, SessionStore } from './session-store.js';

export type EditorStore = typeof useEditor;

export interface SessionDeps {
  api: SessionApi;
  editor: EditorStore;
  store: SessionStore;
  /** Replaces the address in the location bar (history.replaceState). */
  navigate: (url: string) => void;
  /** Where the recent-workspaces list is kept (localStorage). */
  recentStorage: KeyValueStorage | undefined;
  apiKey: WritableApiKeyStore;
  /** Offers a chart as a JSON download (the version the user chose to discard). */
  download: (chart: Chart, name: string) => void;
}

/** What the command modules (options, conflicts, revisions) use of the session. */
export interface SessionContext extends SessionDeps {
  workspaceId(): string;
  summary(scenarioId: string): ScenarioSummary | undefined;
  scenarioQueue(scenarioId: string): SaveQueue<ScenarioChanges>;
  workspaceQueue(): SaveQueue<WorkspaceChanges>;
  /** Stops saving an option that no longer exists. */
  dropScenarioQueue(scenarioId: string): void;
  /** The option's chart as the server holds it at `version`, when the editor knows it. */
  savedChart(scenarioId: string, version: number): Chart | undefined;
  /** The option's chart as the server holds it at `version`: the next save is a patch of it. */
  rememberSaved(scenarioId: string, version: number, chart: Chart): void;
  /** Runs a change of the editor's document that came from the server: it is not saved back. */
  applyRemote(change: () => void): void;
  /** Shows an option in the editor (fresh undo history), and makes it the current one. */
  show(scenario: Scenario): void;
  /** Makes an option the current one without loading it (the editor already shows its chart). */
  adopt(scenario: Scenario): void;
  /** Adds an option the server created to the list (at `index`, else at the end). */
  addSummary(scenario: Scenario, index?: number): void;
  updateSummary(scenarioId: string, changes: Partial<ScenarioSummary>): void;
  removeSummary(scenarioId: string): void;
  /** Reloads the list of options from the server (their order and versions). */
  refreshScenarios(): Promise<void>;
  /** Saves the current option now; resolves with how that went. */
  flushCurrent(): Promise<QueueStatus>;
  notify(text: string, tone?: 'info' | 'error', action?: NoticeAction): void;
  /** Runs an action on the options one at a time, saying what is going on meanwhile. */
  busy<T>(label: string, action: () => Promise<T>): Promise<T | undefined>;
}

/** Why a save that had to finish first did not, in words for the user. */
export function notSavedReason(status: QueueStatus): string {
  const t = translate(messages);
  switch (status) {
    case 'retrying':
    case 'refused':
    case 'conflict':
    case 'gone':
      return t(`notSaved.${status}`);
    default:
      return t('notSaved.other');
  }
}
