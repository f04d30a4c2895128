import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { etag, ifMatchVersion, requireIfMatch, settle } from '../../http/preconditions.js';
import { inputProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, problemResponse } from '../../openapi/responses.js';
import {
  apiKeySecurity,
  etagHeader,
  ifMatchHeader,
  preconditionProblems,
  savedProblems,
  workspacePath,
} from '../../openapi/saved-resources.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { scenarioListSchema, scenarioOrderRequestSchema } from './scenario-schemas.js';

/**
 * PUT /api/v1/workspaces/{id}/scenario-order: the editor lets people reorder their options. The
 * order belongs to the workspace, so the change is guarded by the workspace's version.
 */
export function scenarioOrderRoutes({ config, store }: AppDeps): Router {
  const router = Router();
  route(router, '/v1/workspaces/:workspaceId/scenario-order', {
    put: [
      savedParams,
      requireIfMatch('workspace'),
      ...jsonBody(config),
      validated(scenarioOrderRequestSchema, async ({ scenarioIds }, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const outcome = await store.reorderScenarios(
          workspaceId,
          ifMatchVersion(req, 'workspace'),
          scenarioIds,
        );
        if (outcome.status === 'mismatch') {
          throw inputProblem(
            'scenario-order-mismatch',
            `The order must name each of the workspace’s scenarios once: ${describeMismatch(outcome.missing, outcome.unknown)}. Read the list again and send the whole order.`,
            [
              ...outcome.missing.map((id) => ({
                path: ['scenarioIds'],
                message: `Missing: "${id}"`,
              })),
              ...outcome.unknown.map((id) => ({
                path: ['scenarioIds', scenarioIds.indexOf(id)],
                message: `Not a scenario of this workspace: "${id}"`,
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
    ],
  });
  return router;
}

function describeMismatch(missing: string[], unknown: string[]): string {
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.length} missing`);
  if (unknown.length > 0) parts.push(`${unknown.length} not in the workspace`);
  return parts.join(' and ');
}

export const scenarioOrderPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/scenario-order': {
    put: {
      operationId: 'reorderScenarios',
      tags: ['Scenarios'],
      summary: 'Put the workspace’s scenarios in a new order',
      description:
        'The body names every scenario of the workspace once. If-Match names the workspace’s version (the order is part of the workspace); the answer’s ETag is the workspace’s new version.',
      security: apiKeySecurity,
      requestParams: { path: workspacePath, header: ifMatchHeader },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: scenarioOrderRequestSchema } },
      },
      responses: {
        '200': {
          description: 'The scenarios in their new order.',
          headers: etagHeader,
          content: { 'application/json': { schema: scenarioListSchema } },
        },
        '400': problemResponse('The body is not valid JSON, or does not match the schema.'),
        ...savedProblems,
        '409': problemResponse(
          'The order does not name each scenario of the workspace once (type /api/problems/scenario-order-mismatch).',
        ),
        ...preconditionProblems,
        ...bodyProblems,
      },
    },
  },
};
