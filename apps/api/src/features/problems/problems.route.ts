import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { statusProblem } from '../../http/problem.js';
import { problemTypes } from '../../http/problem-types.js';
import { route } from '../../http/routes.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';
import { problemTypeSchema } from '../../schemas/problem.js';

/** GET /api/problems/<slug>: what the `type` of one of the API's problem documents means. */
export function problemsRoutes(): Router {
  const router = Router();
  route(router, '/problems/:slug', {
    get: (req, res) => {
      const type = problemTypes.get(String(req.params.slug));
      if (type === undefined) {
        throw statusProblem(404, `There is no problem type "${req.params.slug}".`);
      }
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.json({
        type: `/api/problems/${type.slug}`,
        title: type.title,
        status: type.status,
        description: type.description,
      } satisfies z.output<typeof problemTypeSchema>);
    },
  });
  return router;
}

export const problemsPaths: ZodOpenApiPathsObject = {
  '/api/problems/{slug}': {
    get: {
      operationId: 'getProblemType',
      tags: ['Reference'],
      summary: 'What a problem type means',
      description:
        'The `type` of a problem document such as /api/problems/invalid-request resolves here.',
      requestParams: {
        path: z.object({
          slug: z
            .enum([...problemTypes.keys()] as [string, ...string[]])
            .meta({ description: 'The last segment of the problem `type`.' }),
        }),
      },
      responses: {
        '200': {
          description: 'The problem type.',
          content: { 'application/json': { schema: problemTypeSchema } },
        },
        '404': problemResponse('No such problem type.'),
        ...commonProblems,
      },
    },
  },
};
