import type { Chart, RuleSettings } from '@orgwise/domain';

// What the store hands out: plain data with ISO timestamps, ready to be sent as JSON.

export interface Workspace {
  id: string;
  name: string;
  client: string | null;
  /** Private: for the people who edit the workspace, never shown on a share link. */
  notes: string;
  /** Shown to everyone who opens one of the workspace's share links. */
  sharedNotes: string;
  rules: RuleSettings;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioSummary {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  derivedFrom: string | null;
  /** 0-based place in the workspace's order. */
  position: number;
  /** How many positions the current chart has. */
  positionCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Scenario {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  derivedFrom: string | null;
  chart: Chart;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A deleted scenario, which can be brought back until `erasedAt`. */
export interface DeletedScenario {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  positionCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string;
  /** When it is erased for good, with its revisions. */
  erasedAt: string;
}

export type RevisionKind = 'created' | 'updated' | 'restored';

export interface RevisionSummary {
  version: number;
  name: string;
  description: string;
  positionCount: number;
  kind: RevisionKind;
  /** For a restore: the version that was brought back. */
  restoredFrom: number | null;
  createdAt: string;
}

export interface Revision extends RevisionSummary {
  scenarioId: string;
  chart: Chart;
}

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
