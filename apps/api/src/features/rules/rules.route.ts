import { describeRules } from '@orgwise/domain';
import { Router } from 'express';
import type { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { route } from '../../http/routes.js';
import { staticJson } from '../../http/static-json.js';
import { commonProblems, notModified } from '../../openapi/responses.js';
import { rulesResponseSchema } from './rules-schema.js';

export function rulesRoutes(): Router {
  const router = Router();
  const rules: z.output<typeof rulesResponseSchema> = { rules: describeRules() };
  route(router, '/v1/rules', { get: staticJson(rules) });
  return router;
}

export const rulesPaths: ZodOpenApiPathsObject = {
  '/api/v1/rules': {
    get: {
      operationId: 'listRules',
      tags: ['Reference'],
      summary: 'Every rule',
      description:
        'Each rule’s id, default severity, description, rationale, options (JSON Schema and defaults) and sources. Use the ids and options in the `rules` settings of validate and apply.',
      responses: {
        '200': {
          description: 'The rules, sorted by id.',
          content: { 'application/json': { schema: rulesResponseSchema } },
        },
        ...notModified,
        ...commonProblems,
      },
    },
  },
};
