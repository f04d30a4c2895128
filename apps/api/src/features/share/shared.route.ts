import { parseRuleSettings, validate } from '@orgwise/domain';
import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { inputProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';
import { sharedNotFound } from './share-params.js';
import {
  type SharedWorkspaceBody,
  sharedWorkspaceSchema,
  shareTokenSchema,
} from './share-schemas.js';

/**
 * GET /v1/shared/{token}: the read-only view of a workspace. It is mounted before the API key
 * check, since the people a link is for have no key; it has no other method, so a token never
 * changes anything.
 */
export function sharedRoutes({ config, store }: AppDeps): Router {
  const router = Router();
  route(router, '/v1/shared/:token', {
    get: async (req, res) => {
      const shared = await store.openShareLink(String(req.params.token));
      if (shared === undefined) throw sharedNotFound();
      const { workspace, scenarios } = shared;
      const settings = parseRuleSettings(workspace.rules);
      if (!settings.ok) {
        throw inputProblem(
          'outdated-rule-settings',
          'The workspace’s rule settings name rules or options this version of Orgwise does not know, so its charts cannot be checked. Ask whoever shared the link to correct them.',
          settings.issues.map((issue) => ({ ...issue, path: ['rules', ...issue.path] })),
        );
      }
      const body: SharedWorkspaceBody = {
        workspace: {
          name: workspace.name,
          client: workspace.client,
          notes: workspace.notes,
          rules: workspace.rules,
          updatedAt: workspace.updatedAt,
        },
        scenarios: scenarios.map((scenario, index) => {
          const count = scenario.chart.positions.length;
          if (count > config.maxPositions) {
            throw tooManyPositions(
              count,
              config.maxPositions,
              ['scenarios', index, 'chart'],
              'A saved chart',
            );
          }
          return {
            name: scenario.name,
            description: scenario.description,
            chart: scenario.chart,
            report: validate(scenario.chart, { rules: workspace.rules }),
            updatedAt: scenario.updatedAt,
          };
        }),
      };
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Robots-Tag', 'noindex, nofollow');
      res.json(body);
    },
  });
  return router;
}

const tokenPath = z.object({
  token: shareTokenSchema.meta({ param: { description: 'The token of the share link.' } }),
});

export const sharedPaths: ZodOpenApiPathsObject = {
  '/api/v1/shared/{token}': {
    get: {
      operationId: 'getSharedWorkspace',
      tags: ['Sharing'],
      summary: 'Read a shared workspace (read-only, no API key)',
      description:
        'What a share link shows: the workspace and its scenarios in order, each with its chart and report. Never needs the API key. The answer carries no ids, and no route accepts the token to change anything.',
      security: [{}],
      requestParams: { path: tokenPath },
      responses: {
        '200': {
          description: 'The shared workspace.',
          content: { 'application/json': { schema: sharedWorkspaceSchema } },
        },
        '404': problemResponse('The link has been revoked, or the token is unknown or incomplete.'),
        '409': problemResponse(
          'The workspace’s saved rule settings are not valid for this version of Orgwise (type /api/problems/outdated-rule-settings).',
        ),
        '413': problemResponse(
          'A saved chart has more positions than the server now accepts (type /api/problems/too-many-positions).',
        ),
        ...commonProblems,
      },
    },
  },
};
