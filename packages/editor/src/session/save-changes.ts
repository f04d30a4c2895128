import type { Chart, Locale, RuleSettings } from '@orgwise/domain';

// What the editor saves, per resource. The whole chart is sent rather than a patch: simpler to get
// right (the server's copy is exactly the editor's), and charts are small next to the body limit.

export interface ScenarioChanges {
  chart?: Chart;
  name?: string;
  description?: string;
}

export interface WorkspaceChanges {
  name?: string;
  client?: string | null;
  notes?: string;
  sharedNotes?: string;
  /** The language of the workspace's decks and share page; null: the reader's own. */
  language?: Locale | null;
  rules?: RuleSettings;
  /** The order of the options changed; the order sent is the list as it is when sending. */
  order?: true;
}

/** Later changes win, member by member. */
export function mergeChanges<C extends object>(older: C, newer: C): C {
  return { ...older, ...newer };
}
