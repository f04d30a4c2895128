import type { Chart, InputIssue, RuleSettings } from '@orgwise/domain';

// The saved-work resources as the API returns them (apps/api/src/features/{workspaces,scenarios,
// revisions}/*-schemas.ts is the source of truth; these mirror its output types).

export interface Workspace {
  id: string;
  name: string;
  client: string | null;
  notes: string;
  rules: RuleSettings;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface ScenarioMembers {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  derivedFrom: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Scenario extends ScenarioMembers {
  chart: Chart;
}

/** A scenario in the workspace's list: no chart, but its place and size. */
export interface ScenarioSummary extends ScenarioMembers {
  position: number;
  positionCount: number;
}

export type RevisionKind = 'created' | 'updated' | 'restored';

export interface RevisionSummary {
  version: number;
  name: string;
  description: string;
  positionCount: number;
  kind: RevisionKind;
  restoredFrom: number | null;
  createdAt: string;
}

export interface Revision extends RevisionSummary {
  scenarioId: string;
  chart: Chart;
}

export interface RevisionPage {
  revisions: RevisionSummary[];
  nextBefore: number | null;
}

export interface CreateWorkspaceBody {
  name: string;
  client?: string | null;
  notes?: string;
  rules?: RuleSettings;
}

export type UpdateWorkspaceBody = Partial<Pick<Workspace, 'name' | 'client' | 'notes' | 'rules'>>;

export type CreateScenarioBody =
  | { name?: string; description?: string; chart?: Chart; derivedFrom?: string | null }
  | { name?: string; description?: string; duplicateOf: string; version?: number };

export interface UpdateScenarioBody {
  name?: string;
  description?: string;
  chart?: Chart;
  derivedFrom?: string | null;
}

export type { InputIssue };
