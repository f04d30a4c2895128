import type { Chart, PatchOp } from '@orgwise/domain';
import { type Request, Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { applyWithinLimit } from '../../checking/apply-within-limit.js';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { positionLimit } from '../../http/position-limit.js';
import {
  ifMatchVersion,
  requireIfMatch,
  sendVersioned,
  settle,
  versionMismatch,
} from '../../http/preconditions.js';
import { inputProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, commonProblems, problemResponse } from '../../openapi/responses.js';
import {
  apiKeySecurity,
  etagHeader,
  ifMatchHeader,
  preconditionProblems,
  savedProblems,
  scenarioPath,
  workspacePath,
} from '../../openapi/saved-resources.js';
import { exampleChart } from '../../schemas/examples.js';
import { DELETED_SCENARIO_DAYS } from '../../storage/deleted-scenario-queries.js';
import type { Scenario } from '../../storage/records.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { scenarioNotFound } from './scenario-not-found.js';
import {
  createScenarioRequestSchema,
  scenarioListSchema,
  scenarioSchema,
  updateScenarioRequestSchema,
} from './scenario-schemas.js';

const emptyChart: Chart = { version: 1, positions: [] };

export function scenariosRoutes({ config, store }: AppDeps): Router {
  const router = Router();
  const body = [...jsonBody(config), storableText, positionLimit(config.maxPositions)];

  route(router, '/v1/workspaces/:workspaceId/scenarios', {
    get: workspaceList('scenarios', store.listScenarios),
    post: [
      savedParams,
      ...body,
      validated(createScenarioRequestSchema, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const outcome = await store.createScenario(
          workspaceId,
          {
            name: input.name,
            description: input.description ?? '',
            derivedFrom: input.derivedFrom ?? null,
          },
          input.duplicateOf === undefined
            ? { kind: 'chart', chart: input.chart ?? emptyChart }
            : { kind: 'duplicate', scenarioId: input.duplicateOf, version: input.version },
        );
        if (outcome.status === 'not-found') throw workspaceNotFound(workspaceId);
        if (outcome.status === 'source-not-found') {
          const named = outcome.field === 'version' ? input.version : input[outcome.field];
          throw inputProblem(
            'unknown-reference',
            outcome.field === 'version'
              ? `The scenario "${input.duplicateOf}" has no revision ${named}.`
              : `The workspace has no scenario with the id "${named}".`,
            [
              {
                path: [outcome.field],
                message: outcome.field === 'version' ? 'No such revision' : 'Not in this workspace',
              },
            ],
          );
        }
        const scenario = outcome.value;
        res.location(`/api/v1/workspaces/${workspaceId}/scenarios/${scenario.id}`);
        sendVersioned(res, 201, scenario);
      }),
    ],
  });

  route(router, '/v1/workspaces/:workspaceId/scenarios/:scenarioId', {
    get: [
      savedParams,
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const scenario = await store.getScenario(workspaceId, scenarioId);
        if (scenario === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
        sendVersioned(res, 200, scenario);
      },
    ],
    patch: [
      savedParams,
      requireIfMatch('scenario'),
      ...body,
      validated(updateScenarioRequestSchema, async ({ patch, ...changes }, req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const expected = ifMatchVersion(req, 'scenario');
        if (patch !== undefined) {
          changes.chart = await patchedChart(req, workspaceId, scenarioId, expected, patch);
        }
        const outcome = await store.updateScenario(workspaceId, scenarioId, expected, changes);
        if (outcome.status === 'source-not-found') {
          throw inputProblem(
            'unknown-reference',
            changes.derivedFrom === scenarioId
              ? 'A scenario cannot be derived from itself.'
              : `The workspace has no scenario with the id "${changes.derivedFrom}".`,
            [{ path: ['derivedFrom'], message: 'Must name another scenario of this workspace' }],
          );
        }
        const scenario = await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        sendVersioned(res, 200, scenario);
      }),
    ],
    delete: [
      savedParams,
      requireIfMatch('scenario'),
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const outcome = await store.deleteScenario(
          workspaceId,
          scenarioId,
          ifMatchVersion(req, 'scenario'),
        );
        await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        res.status(204).end();
      },
    ],
  });

  /**
   * The saved chart with the patch applied, read at the version the client names: a patch only
   * means something against the chart it was made for.
   */
  async function patchedChart(
    req: Request,
    workspaceId: string,
    scenarioId: string,
    expected: number,
    patch: PatchOp[],
  ): Promise<Chart> {
    const current: Scenario | undefined = await store.getScenario(workspaceId, scenarioId);
    if (current === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
    if (current.version !== expected) throw versionMismatch(req, 'scenario', current);
    return applyWithinLimit(current.chart, patch, config.maxPositions);
  }
  return router;
}

const scenarioResponse = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: scenarioSchema } },
});

const badBody = problemResponse('The body is not valid JSON, or does not match the schema.');

export const scenariosPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/scenarios': {
    get: {
      operationId: 'listScenarios',
      tags: ['Scenarios'],
      summary: 'List a workspace’s scenarios',
      description: 'The scenarios in the workspace’s order, without their charts.',
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      responses: {
        '200': {
          description: 'The scenarios, in order.',
          content: { 'application/json': { schema: scenarioListSchema } },
        },
        ...savedProblems,
        ...commonProblems,
      },
    },
    post: {
      operationId: 'createScenario',
      tags: ['Scenarios'],
      summary: 'Create a scenario: empty, from a chart, or as a copy of another',
      description:
        'Adds the scenario at the end of the workspace’s order, as revision 1. A chart is checked like one sent to POST /api/v1/validate (same limits and problem documents).',
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: createScenarioRequestSchema,
            examples: {
              fromChart: {
                summary: 'The current structure, from a chart',
                value: { name: 'Current', chart: exampleChart },
              },
              empty: { summary: 'An empty scenario', value: { name: 'Blank sheet' } },
            },
          },
        },
      },
      responses: {
        '201': scenarioResponse('The new scenario (Location header: its URL).'),
        '400': badBody,
        ...savedProblems,
        '422': problemResponse(
          'duplicateOf, version or derivedFrom names a scenario or revision the workspace does not have (type /api/problems/unknown-reference).',
        ),
        ...bodyProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}': {
    get: {
      operationId: 'getScenario',
      tags: ['Scenarios'],
      summary: 'Read a scenario with its chart',
      security: apiKeySecurity,
      requestParams: { path: scenarioPath },
      responses: {
        '200': scenarioResponse('The scenario; the ETag header is its version.'),
        '304': { description: 'Not modified: If-None-Match named the current version.' },
        ...savedProblems,
        ...commonProblems,
      },
    },
    patch: {
      operationId: 'updateScenario',
      tags: ['Scenarios'],
      summary: 'Save a scenario: its name, description, chart (whole or as a patch) or origin',
      description:
        'Saves a new revision if the scenario is still at the version named by If-Match; otherwise nothing changes and the answer is 412 with the current scenario. A patch is applied to the saved chart of that version.',
      security: apiKeySecurity,
      requestParams: { path: scenarioPath, header: ifMatchHeader },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: updateScenarioRequestSchema } },
      },
      responses: {
        '200': scenarioResponse('The scenario as saved, with its new version.'),
        '400': badBody,
        ...savedProblems,
        ...preconditionProblems,
        '422': problemResponse(
          'The patch does not apply to the saved chart (type /api/problems/patch-conflict), or derivedFrom names no other scenario of the workspace (type /api/problems/unknown-reference).',
        ),
        ...bodyProblems,
      },
    },
    delete: {
      operationId: 'deleteScenario',
      tags: ['Scenarios'],
      summary: 'Delete a scenario',
      description: `The scenario leaves the workspace; it is kept with its revisions for ${DELETED_SCENARIO_DAYS} days, listed at …/deleted-scenarios and brought back with POST …/deleted-scenarios/{scenarioId}/restore, then erased. Scenarios derived from it keep their charts; their derivedFrom becomes null.`,
      security: apiKeySecurity,
      requestParams: { path: scenarioPath, header: ifMatchHeader },
      responses: {
        '204': { description: 'Deleted.' },
        ...savedProblems,
        ...preconditionProblems,
        ...commonProblems,
      },
    },
  },
};
