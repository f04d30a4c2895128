import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { checkedJson, checkLimits } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { rawJsonBody } from '../../http/json-body.js';
import { route } from '../../http/routes.js';
import { bodyProblems, problemResponse } from '../../openapi/responses.js';
import { exampleChart, examplePatch } from '../../schemas/examples.js';
import { applyRequestSchema, applyResponseSchema } from './apply-request.js';

/** The patched chart and its report (src/checking does the work). */
export function applyRoutes({ config }: AppDeps, checks: ChartChecks): Router {
  const router = Router();
  const limits = checkLimits(config);
  route(router, '/v1/apply', {
    post: [
      ...rawJsonBody(config),
      checkedJson(checks, (req) => ({ kind: 'apply', body: req.body, limits })),
    ],
  });
  return router;
}

export const applyPaths: ZodOpenApiPathsObject = {
  '/api/v1/apply': {
    post: {
      operationId: 'applyPatch',
      tags: ['Charts'],
      summary: 'Apply a patch to a chart and validate the result',
      description:
        'Applies the operations in order (the input chart is not changed) and returns the new chart with its report. A patch may create new findings (a cycle, say); those are in the report, not errors.',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: applyRequestSchema,
            examples: {
              merge: {
                summary: 'Merge the CIO into the CTO (the fix combine-cio-cto suggests)',
                value: { chart: exampleChart, patch: examplePatch },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'The patched chart and its validation report.',
          content: { 'application/json': { schema: applyResponseSchema } },
        },
        '400': problemResponse(
          'The body is not valid JSON, or does not match the schema (the errors list says where).',
        ),
        '422': problemResponse(
          'An operation cannot apply to this chart (type /api/problems/patch-conflict); errors names it as ["patch", index, field].',
        ),
        ...bodyProblems,
      },
    },
  },
};
