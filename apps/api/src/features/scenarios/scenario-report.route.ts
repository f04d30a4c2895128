import { validate } from '@orgwise/domain';
import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { limitFindings } from '../../checking/limit-findings.js';
import type { AppDeps } from '../../deps.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { route } from '../../http/routes.js';
import { savedParams, scenarioIdParam, workspaceIdParam } from '../../http/saved-params.js';
import { checkSavedRuleSettings } from '../../http/saved-rule-settings.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';
import { apiKeySecurity, savedProblems, scenarioPath } from '../../openapi/saved-resources.js';
import { validationReportSchema } from '../../schemas/report.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { scenarioNotFound } from './scenario-not-found.js';

/** GET …/report: the stored chart, validated with the workspace's stored rule settings. */
export function scenarioReportRoutes({ config, store }: AppDeps): Router {
  const router = Router();
  route(router, '/v1/workspaces/:workspaceId/scenarios/:scenarioId/report', {
    get: [
      savedParams,
      async (req, res) => {
        const [workspaceId, scenarioId] = [workspaceIdParam(req), scenarioIdParam(req)];
        const [workspace, scenario] = await Promise.all([
          store.getWorkspace(workspaceId),
          store.getScenario(workspaceId, scenarioId),
        ]);
        if (workspace === undefined) throw workspaceNotFound(workspaceId);
        if (scenario === undefined) throw await scenarioNotFound(store, workspaceId, scenarioId);
        // Saved under an older configuration, a chart may be over today's limit: same problem.
        const count = scenario.chart.positions.length;
        if (count > config.maxPositions) {
          throw tooManyPositions(
            count,
            config.maxPositions,
            ['chart', 'positions'],
            'The saved chart',
          );
        }
        checkSavedRuleSettings(workspace.rules, 'correct them with PATCH on the workspace.');
        res.setHeader('Cache-Control', 'private, no-store');
        const report = validate(scenario.chart, { rules: workspace.rules });
        res.json(limitFindings(report, config.maxFindingsPerRule));
      },
    ],
  });
  return router;
}

export const scenarioReportPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/report': {
    get: {
      operationId: 'getScenarioReport',
      tags: ['Scenarios'],
      summary: 'Validate a saved scenario with the workspace’s rule settings',
      description:
        'The same report as POST /api/v1/validate gives for the scenario’s current chart and the workspace’s rules.',
      security: apiKeySecurity,
      requestParams: { path: scenarioPath },
      responses: {
        '200': {
          description: 'The findings, a summary and metrics of the saved chart.',
          content: { 'application/json': { schema: validationReportSchema } },
        },
        ...savedProblems,
        '409': problemResponse(
          'The workspace’s saved rule settings are not valid for this version of Orgwise (type /api/problems/outdated-rule-settings).',
        ),
        '413': problemResponse(
          'The saved chart has more positions than the server now accepts (type /api/problems/too-many-positions).',
        ),
        ...commonProblems,
      },
    },
  },
};
