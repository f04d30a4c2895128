import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { checkedJson, checkLimits } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { rawJsonBody } from '../../http/json-body.js';
import { route } from '../../http/routes.js';
import { bodyProblems, problemResponse } from '../../openapi/responses.js';
import { exampleChart, exampleReport, exampleRules } from '../../schemas/examples.js';
import { validationReportSchema } from '../../schemas/report.js';
import { validateRequestSchema } from './validate-request.js';

/** Findings are not errors: a broken chart is a 200 with findings (src/checking does the work). */
export function validateRoutes({ config }: AppDeps, checks: ChartChecks): Router {
  const router = Router();
  const limits = checkLimits(config);
  route(router, '/v1/validate', {
    post: [
      ...rawJsonBody(config),
      checkedJson(checks, (req) => ({ kind: 'validate', body: req.body, limits })),
    ],
  });
  return router;
}

export const validatePaths: ZodOpenApiPathsObject = {
  '/api/v1/validate': {
    post: {
      operationId: 'validateChart',
      tags: ['Charts'],
      summary: 'Check a chart against the rules',
      description:
        'Runs every enabled rule over the chart. Problems in the chart (cycles, unknown managers, misplaced roles) are findings in a 200 report; only a body that is not a chart is an error.',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: validateRequestSchema,
            examples: {
              contract: {
                summary: 'The example chart of the contract',
                value: { chart: exampleChart },
              },
              withRules: {
                summary: 'The same chart with rule settings',
                value: { chart: exampleChart, rules: exampleRules },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'The findings, a summary and metrics of the chart.',
          content: {
            'application/json': { schema: validationReportSchema, example: exampleReport },
          },
        },
        '400': problemResponse(
          'The body is not valid JSON, or does not match the schema (the errors list says where).',
        ),
        ...bodyProblems,
      },
    },
  },
};
