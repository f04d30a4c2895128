import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { statusProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { commonProblems, problemResponse } from '../../openapi/responses.js';

const healthSchema = z
  .object({ status: z.literal('ok') })
  .meta({ id: 'Health', example: { status: 'ok' } });

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  route(router, '/health', {
    get: (_req, res) => {
      if (deps.isShuttingDown?.()) throw statusProblem(503, 'The server is shutting down.');
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ok' } satisfies z.output<typeof healthSchema>);
    },
  });
  return router;
}

export const healthPaths: ZodOpenApiPathsObject = {
  '/api/health': {
    get: {
      operationId: 'getHealth',
      tags: ['Service'],
      summary: 'Whether the server can serve',
      description: 'Not rate limited, so load balancers and orchestrators can poll it.',
      responses: {
        '200': {
          description: 'The server is up and serving.',
          content: { 'application/json': { schema: healthSchema } },
        },
        ...commonProblems,
        '503': problemResponse('The server is shutting down.'),
      },
    },
  },
};
