import { statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import type { WorkspaceStore } from '../../storage/store.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';

/** The 404 for a scenario, saying whether the workspace or only the scenario is missing. */
export async function scenarioNotFound(
  store: WorkspaceStore,
  workspaceId: string,
  scenarioId: string,
): Promise<Error> {
  if ((await store.getWorkspace(workspaceId)) === undefined) return workspaceNotFound(workspaceId);
  if (await store.isDeletedScenario(workspaceId, scenarioId)) {
    return statusProblem(404, problemText('scenarioDeleted', { scenarioId, workspaceId }));
  }
  return statusProblem(404, problemText('scenarioNotFound', { scenarioId, workspaceId }));
}
