import { endpoints } from '@orgwise/contract';
import type { AppDeps } from '../../deps.js';
import { type Implementation, implement, parsedBody } from '../../http/implement.js';
import { jsonBody } from '../../http/json-body.js';
import { etag, ifMatchVersion, requireIfMatch, settle } from '../../http/preconditions.js';
import { inputProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { workspaceNotFound } from '../workspaces/workspace-not-found.js';

/**
 * PUT /api/v1/workspaces/{id}/scenario-order: the editor lets people reorder their options. The
 * order belongs to the workspace, so the change is guarded by the workspace's version.
 */
export function scenarioOrderRoutes({ config, store }: AppDeps): Implementation[] {
  return [
    implement(
      endpoints.reorderScenarios,
      savedParams,
      requireIfMatch('workspace'),
      ...jsonBody(config),
      parsedBody(endpoints.reorderScenarios, async ({ scenarioIds }, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const outcome = await store.reorderScenarios(
          workspaceId,
          ifMatchVersion(req, 'workspace'),
          scenarioIds,
        );
        if (outcome.status === 'mismatch') {
          throw inputProblem(
            'scenario-order-mismatch',
            problemText('orderMismatch', {
              missing: outcome.missing.length,
              unknown: outcome.unknown.length,
            }),
            [
              ...outcome.missing.map((id) => ({
                path: ['scenarioIds'],
                message: problemText('orderMissing', { id }),
              })),
              ...outcome.unknown.map((id) => ({
                path: ['scenarioIds', scenarioIds.indexOf(id)],
                message: problemText('orderUnknown', { id }),
              })),
            ],
          );
        }
        const workspace = await settle(req, outcome, 'workspace', () =>
          workspaceNotFound(workspaceId),
        );
        const scenarios = await store.listScenarios(workspaceId);
        if (scenarios === undefined) throw workspaceNotFound(workspaceId);
        // The ETag is the workspace's new version: the next reorder (or PATCH) names it.
        res.setHeader('ETag', etag(workspace.version));
        res.setHeader('Cache-Control', 'private, no-store');
        res.json({ scenarios });
      }),
    ),
  ];
}
