import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { inputProblem, statusProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import {
  revisionParam,
  savedParams,
  scenarioIdParam,
  workspaceIdParam,
} from '../../http/saved-params.js';
import { toInputIssues } from '../../http/validated.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';
import {
  apiKeySecurity,
  etagHeader,
  ifMatchHeader,
  preconditionProblems,
  revisionPath,
  savedProblems,
  scenarioPath,
} from '../../openapi/saved-resources.js';
import { scenarioNotFound } from '../scenarios/scenario-not-found.js';
import { scenarioSchema } from '../scenarios/scenario-schemas.js';
import { revisionListSchema, revisionPageQuerySchema, revisionSchema } from './revision-schemas.js';

const defaultPageSize = 100;

export function revisionsRoutes({ store }: AppDeps): Router {
  const router = Router();
  const base = '/v1/workspaces/:workspaceId/scenarios/:scenarioId/revisions';

  route(router, base, {
    get: [
      savedParams,
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const query = revisionPageQuerySchema.safeParse(req.query);
        if (!query.success) {
          throw inputProblem(
            'invalid-request',
            'The query string does not match the schema; see `errors`.',
            toInputIssues(query.error).map((issue) => ({
              ...issue,
              path: ['query', ...issue.path],
            })),
          );
        }
        const limit = query.data.limit ?? defaultPageSize;
        // One more than asked tells whether there is a next page.
        const page = await store.listRevisions(workspaceId, scenarioId, {
          before: query.data.before,
          limit: limit + 1,
        });
        if (page === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
        const revisions = page.slice(0, limit);
        res.setHeader('Cache-Control', 'private, no-store');
        res.json({
          revisions,
          nextBefore: page.length > limit ? revisions[revisions.length - 1]!.version : null,
        });
      },
    ],
  });

  route(router, `${base}/:version`, {
    get: [
      savedParams,
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const version = revisionParam(req);
        const revision = await store.getRevision(workspaceId, scenarioId, version);
        if (revision === undefined) {
          throw await revisionNotFound(workspaceId, scenarioId, version);
        }
        sendVersioned(res, 200, revision);
      },
    ],
  });

  route(router, `${base}/:version/restore`, {
    post: [
      savedParams,
      requireIfMatch('scenario'),
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const version = revisionParam(req);
        const outcome = await store.restoreRevision(
          workspaceId,
          scenarioId,
          version,
          ifMatchVersion(req, 'scenario'),
        );
        if (outcome.status === 'revision-not-found') {
          throw await revisionNotFound(workspaceId, scenarioId, version);
        }
        const scenario = await settle(req, outcome, 'scenario', () =>
          scenarioNotFound(store, workspaceId, scenarioId),
        );
        sendVersioned(res, 200, scenario);
      },
    ],
  });

  async function revisionNotFound(
    workspaceId: string,
    scenarioId: string,
    version: number,
  ): Promise<Error> {
    const scenario = await store.getScenario(workspaceId, scenarioId);
    if (scenario === undefined) return scenarioNotFound(store, workspaceId, scenarioId);
    return statusProblem(
      404,
      `The scenario has no revision ${version}: its revisions are numbered 1 to ${scenario.version}.`,
    );
  }
  return router;
}

export const revisionsPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions': {
    get: {
      operationId: 'listRevisions',
      tags: ['Revisions'],
      summary: 'List a scenario’s revisions, newest first',
      description:
        'Every save of the scenario is a revision, thinned with age (the newest 50, the first and every restore are always kept; older saves, the last of each 10 minutes for a day, each hour for 30 days, then each day), so versions have gaps. The current one is the first. Pages of `limit` (default 100); `before` continues with older ones.',
      security: apiKeySecurity,
      requestParams: { path: scenarioPath, query: revisionPageQuerySchema },
      responses: {
        '200': {
          description: 'A page of revisions, without their charts.',
          content: { 'application/json': { schema: revisionListSchema } },
        },
        '400': problemResponse('A query parameter is not valid.'),
        ...savedProblems,
        ...commonProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions/{version}': {
    get: {
      operationId: 'getRevision',
      tags: ['Revisions'],
      summary: 'Read one revision with its chart',
      security: apiKeySecurity,
      requestParams: { path: revisionPath },
      responses: {
        '200': {
          description: 'The revision; it never changes.',
          headers: etagHeader,
          content: { 'application/json': { schema: revisionSchema } },
        },
        ...savedProblems,
        ...commonProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions/{version}/restore': {
    post: {
      operationId: 'restoreRevision',
      tags: ['Revisions'],
      summary: 'Restore a revision',
      description:
        'Makes the scenario what it was at that revision (chart, name and description) by saving it as a new revision, so a restore can be undone the same way. If-Match names the scenario’s current version. No body.',
      security: apiKeySecurity,
      requestParams: { path: revisionPath, header: ifMatchHeader },
      responses: {
        '200': {
          description: 'The scenario as restored, with its new version.',
          headers: etagHeader,
          content: { 'application/json': { schema: scenarioSchema } },
        },
        ...savedProblems,
        ...preconditionProblems,
        ...commonProblems,
      },
    },
  },
};
