import { applyPatch, type Chart, PatchError, validate } from '@orgwise/domain';
import { Router } from 'express';
import type { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { positionLimit, tooManyPositions } from '../../http/position-limit.js';
import { inputProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, problemResponse } from '../../openapi/responses.js';
import { exampleChart, examplePatch } from '../../schemas/examples.js';
import { applyRequestSchema, applyResponseSchema } from './apply-request.js';

export function applyRoutes({ config }: AppDeps): Router {
  const router = Router();
  route(router, '/v1/apply', {
    post: [
      ...jsonBody(config),
      positionLimit(config.maxPositions),
      validated(applyRequestSchema, ({ chart, patch, rules }, _req, res) => {
        const patched = applyOrExplain(chart, patch);
        if (patched.positions.length > config.maxPositions) {
          throw tooManyPositions(
            patched.positions.length,
            config.maxPositions,
            ['patch'],
            'The patched chart',
          );
        }
        const report = validate(patched, rules === undefined ? {} : { rules });
        res.json({ chart: patched, report } satisfies z.output<typeof applyResponseSchema>);
      }),
    ],
  });
  return router;
}

/** A patch that names a missing position (and the like) is the client's to fix: 422 with its path. */
function applyOrExplain(chart: Chart, patch: Parameters<typeof applyPatch>[1]): Chart {
  try {
    return applyPatch(chart, patch);
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    throw inputProblem('patch-conflict', error.message, [error.toInputIssue(['patch'])]);
  }
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
