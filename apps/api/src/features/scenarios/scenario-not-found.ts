import { statusProblem } from '../../http/problem.js';
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
    return statusProblem(
      404,
      `The scenario "${scenarioId}" was deleted. It can be brought back with POST /api/v1/workspaces/${workspaceId}/deleted-scenarios/${scenarioId}/restore.`,
    );
  }
  return statusProblem(
    404,
    `The workspace has no scenario with the id "${scenarioId}". It may have been deleted; the list of scenarios is at /api/v1/workspaces/${workspaceId}/scenarios.`,
  );
}
