import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { statusProblem, typedProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';
import {
  apiKeySecurity,
  etagHeader,
  ifMatchHeader,
  preconditionProblems,
  savedProblems,
  scenarioPath,
  workspacePath,
} from '../../openapi/saved-resources.js';
import { DELETED_SCENARIO_DAYS } from '../../storage/deleted-scenario-queries.js';
import type { WorkspaceStore } from '../../storage/store.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { deletedScenarioListSchema } from './deleted-scenario-schemas.js';
import { scenarioSchema } from './scenario-schemas.js';

/**
 * The workspace's recently deleted scenarios, and bringing one back: the editor's undo after a
 * delete, and its list of deleted options.
 */
export function deletedScenarioRoutes({ store }: AppDeps): Router {
  const router = Router();
  route(router, '/v1/workspaces/:workspaceId/deleted-scenarios', {
    get: workspaceList('scenarios', store.listDeletedScenarios),
  });
  route(router, '/v1/workspaces/:workspaceId/deleted-scenarios/:scenarioId/restore', {
    post: [
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
    ],
  });
  return router;
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
      `The scenario "${scenarioId}" is not deleted: it is at /api/v1/workspaces/${workspaceId}/scenarios/${scenarioId}.`,
    );
  }
  return statusProblem(
    404,
    `The workspace has no deleted scenario with the id "${scenarioId}". Deleted scenarios are kept for ${DELETED_SCENARIO_DAYS} days; those that can be brought back are listed at /api/v1/workspaces/${workspaceId}/deleted-scenarios.`,
  );
}

export const deletedScenariosPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/deleted-scenarios': {
    get: {
      operationId: 'listDeletedScenarios',
      tags: ['Scenarios'],
      summary: 'List a workspace’s deleted scenarios',
      description: `A deleted scenario is kept with its revisions for ${DELETED_SCENARIO_DAYS} days, then erased. The list holds those that can still be brought back, without their charts, the latest deleted first.`,
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      responses: {
        '200': {
          description: 'The deleted scenarios.',
          content: { 'application/json': { schema: deletedScenarioListSchema } },
        },
        ...savedProblems,
        ...commonProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}/deleted-scenarios/{scenarioId}/restore': {
    post: {
      operationId: 'restoreDeletedScenario',
      tags: ['Scenarios'],
      summary: 'Bring a deleted scenario back',
      description:
        'The scenario returns as it was deleted: same id, version, revisions and place in the order. If-Match names the version listed in …/deleted-scenarios. Scenarios that were derived from it do not name it again.',
      security: apiKeySecurity,
      requestParams: { path: scenarioPath, header: ifMatchHeader },
      responses: {
        '200': {
          description: 'The scenario, back in the workspace (Location header: its URL).',
          headers: etagHeader,
          content: { 'application/json': { schema: scenarioSchema } },
        },
        ...savedProblems,
        '409': problemResponse(
          'The scenario is in the workspace, not deleted (type /api/problems/scenario-not-deleted).',
        ),
        ...preconditionProblems,
        ...commonProblems,
      },
    },
  },
};
