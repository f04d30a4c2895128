import { DELETED_SCENARIO_DAYS, endpoints } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement } from '../../http/implement.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { statusProblem, typedProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import type { WorkspaceStore } from '../../storage/store.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';

/**
 * The workspace's recently deleted scenarios, and bringing one back: the editor's undo after a
 * delete, and its list of deleted options.
 */
export function deletedScenarioRoutes({ store }: AppDeps): Implementation[] {
  return [
    implement(
      endpoints.listDeletedScenarios,
      ...workspaceList('scenarios', store.listDeletedScenarios),
    ),
    implement(
      endpoints.restoreDeletedScenario,
      savedParams,
      requireIfMatch('scenario'),
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const outcome = await store.restoreDeletedScenario(
          workspaceId,
          scenarioId,
          ifMatchVersion(req, 'scenario'),
        );
        const scenario = await settle(req, outcome, 'scenario', () =>
          notDeleted(store, workspaceId, scenarioId),
        );
        res.location(`/api/v1/workspaces/${workspaceId}/scenarios/${scenario.id}`);
        sendVersioned(res, 200, scenario);
      },
    ),
  ];
}

/** Why a scenario cannot be brought back: it is not deleted (409), or not there at all (404). */
async function notDeleted(
  store: WorkspaceStore,
  workspaceId: string,
  scenarioId: string,
): Promise<Error> {
  if ((await store.getWorkspace(workspaceId)) === undefined) return workspaceNotFound(workspaceId);
  if ((await store.getScenario(workspaceId, scenarioId)) !== undefined) {
    return typedProblem(
      'scenario-not-deleted',
      problemText('scenarioNotDeleted', { scenarioId, workspaceId }),
    );
  }
  return statusProblem(
    404,
    problemText('deletedScenarioNotFound', {
      scenarioId,
      workspaceId,
      days: DELETED_SCENARIO_DAYS,
    }),
  );
}
