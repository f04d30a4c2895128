import type { Chart, Locale, RuleSettings } from '@orgwise/domain';

// What the store hands out: plain data with ISO timestamps, ready to be sent as JSON. Their types
// are the wire contract's (@orgwise/contract), so the store and the API's answers cannot drift.

export type {
  DeletedScenario,
  Revision,
  RevisionKind,
  RevisionSummary,
  Scenario,
  ScenarioSummary,
  Workspace,
} from '@orgwise/contract';

/** What a change to a versioned record came to; `C` is the record, `T` what the change gives. */
export type Change<T, C = T> =
  | { status: 'done'; value: T }
  | { status: 'not-found' }
  /** The record's version is not the one the client read; `current` is what it is now. */
  | { status: 'stale'; current: C };

export interface WorkspaceFields {
  name: string;
  client: string | null;
  notes: string;
  /** Absent on creation: none. */
  sharedNotes?: string;
  rules: RuleSettings;
  /** Absent on creation: none (the reader's language). */
  language?: Locale | null;
}

export interface ScenarioFields {
  name: string;
  description: string;
  derivedFrom: string | null;
}

/** Where a new scenario's chart comes from. */
export type ScenarioSource =
  | { kind: 'chart'; chart: Chart }
  | { kind: 'duplicate'; scenarioId: string; version?: number | undefined };
