import type { Chart, InputIssue, PatchOp, RuleSettings } from '@orgwise/domain';

// The saved-work resources as the API returns them are the API's own records, so the editor and
// the server cannot drift apart; the request bodies are written as the editor sends them.

import type { RevisionSummary, Workspace } from '@orgwise/api/records';

export type {
  DeletedScenario,
  Revision,
  RevisionKind,
  RevisionSummary,
  Scenario,
  ScenarioSummary,
  Workspace,
} from '@orgwise/api/records';

export interface RevisionPage {
  revisions: RevisionSummary[];
  nextBefore: number | null;
}

export interface CreateWorkspaceBody {
  name: string;
  client?: string | null;
  notes?: string;
  sharedNotes?: string;
  rules?: RuleSettings;
}

export type UpdateWorkspaceBody = Partial<
  Pick<Workspace, 'name' | 'client' | 'notes' | 'sharedNotes' | 'rules'>
>;

export type CreateScenarioBody =
  | { name?: string; description?: string; chart?: Chart; derivedFrom?: string | null }
  | { name?: string; description?: string; duplicateOf: string; version?: number };

export interface UpdateScenarioBody {
  name?: string;
  description?: string;
  chart?: Chart;
  patch?: PatchOp[];
  derivedFrom?: string | null;
}

export type { InputIssue };
