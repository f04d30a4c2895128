import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { checkLimits, runForRequest } from '../../checking/answer-check.js';
import type { ChartChecks } from '../../checking/check-pool.js';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { tooManyPositions } from '../../http/position-limit.js';
import { HttpProblem, typedProblem } from '../../http/problem.js';
import { passwordAttemptLimit } from '../../http/rate-limit.js';
import { route } from '../../http/routes.js';
import { checkSavedRuleSettings } from '../../http/saved-rule-settings.js';
import { watchReader } from '../../http/slow-readers.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, commonProblems, problemResponse } from '../../openapi/responses.js';
import { sharedNotFound } from './share-params.js';
import { isSharePassword } from './share-password.js';
import {
  sharedWorkspaceSchema,
  shareTokenSchema,
  unlockSharedRequestSchema,
} from './share-schemas.js';
import { writeSharedWorkspace } from './write-shared-workspace.js';

/**
 * GET /v1/shared/{token}, and POST …/unlock with the password of a link that has one: the
 * read-only view of a workspace. Mounted before the API key check, since the people a link is for
 * have no key; nothing here changes anything.
 */
export function sharedRoutes(deps: AppDeps, checks: ChartChecks): Router {
  const router = Router();
  const show = sharedView(deps, checks);
  route(router, '/v1/shared/:token', {
    get: (req, res) => show(req, res, undefined),
  });
  route(router, '/v1/shared/:token/unlock', {
    post: [
      passwordAttemptLimit({
        logger: deps.logger,
        store: deps.rateLimitStores?.('password-attempts'),
      }),
      ...jsonBody(deps.config),
      validated(unlockSharedRequestSchema, ({ password }, req, res) => show(req, res, password)),
    ],
  });
  return router;
}

function sharedView({ config, store }: AppDeps, checks: ChartChecks) {
  const limits = checkLimits(config);
  return async (req: Request, res: Response, password: string | undefined): Promise<void> => {
    const link = await store.findShareLink(String(req.params.token));
    if (link === undefined) throw sharedNotFound();
    if (link.expiresAt !== null && link.expiresAt.getTime() <= Date.now()) {
      throw typedProblem(
        'share-link-expired',
        `This link stopped working on ${link.expiresAt.toISOString()}. Ask whoever shared it for a new link, or to extend this one.`,
      );
    }
    if (link.passwordHash !== null) {
      if (password === undefined) {
        throw typedProblem(
          'share-password-required',
          'This link has a password: send it to POST /api/v1/shared/{token}/unlock as { "password": "…" }.',
        );
      }
      if (!(await isSharePassword(password, link.passwordHash))) {
        throw typedProblem(
          'share-password-required',
          'That is not the password of this link. Check it with whoever shared the link.',
        );
      }
    }
    const shared = await store.readSharedWorkspace(link.workspaceId);
    if (shared === undefined) throw sharedNotFound();
    const { workspace, scenarios } = shared;
    checkSavedRuleSettings(
      workspace.rules,
      'its charts cannot be checked. Ask whoever shared the link to correct them.',
    );
    for (const [index, scenario] of scenarios.entries()) {
      if (scenario.positionCount > config.maxPositions) {
        throw tooManyPositions(
          scenario.positionCount,
          config.maxPositions,
          ['scenarios', index, 'chart'],
          'A saved chart',
        );
      }
    }
    // One report at a time, each off the main thread when large, all before the first byte is
    // sent: a problem (503 when the checks are full) can still be answered as one.
    const reports: string[] = [];
    for (const scenario of scenarios) {
      const task = {
        kind: 'report',
        chartJson: scenario.chartJson,
        rules: workspace.rules,
        limits,
      } as const;
      const result = await runForRequest(res, checks, task);
      if (result === undefined) return;
      if (!result.ok) throw new HttpProblem(result.problem, result.headers);
      reports.push(result.json);
    }
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.type('application/json');
    watchReader(res, config.slowReaderTimeoutMs);
    await writeSharedWorkspace(res, workspace, scenarios, reports);
  };
}

const tokenPath = z.object({
  token: shareTokenSchema.meta({ param: { description: 'The token of the share link.' } }),
});

const sharedResponses = {
  '200': {
    description: 'The shared workspace.',
    content: { 'application/json': { schema: sharedWorkspaceSchema } },
  },
  '401': problemResponse(
    'The link has a password, and it was not given or not right (type /api/problems/share-password-required).',
  ),
  '404': problemResponse('The link has been revoked, or the token is unknown or incomplete.'),
  '409': problemResponse(
    'The workspace’s saved rule settings are not valid for this version of Orgwise (type /api/problems/outdated-rule-settings).',
  ),
  '410': problemResponse('The link has expired (type /api/problems/share-link-expired).'),
  '413': problemResponse(
    'A saved chart has more positions than the server now accepts (type /api/problems/too-many-positions).',
  ),
  '503': problemResponse(
    'The server is checking as many large charts as it can; try again after Retry-After seconds.',
  ),
};

export const sharedPaths: ZodOpenApiPathsObject = {
  '/api/v1/shared/{token}': {
    get: {
      operationId: 'getSharedWorkspace',
      tags: ['Sharing'],
      summary: 'Read a shared workspace (read-only, no API key)',
      description:
        'What a share link shows: the workspace (its name, client, shared notes and rule settings; never its private notes) and its scenarios in order, each with its chart and report. Never needs the API key. The answer carries no ids, and no route accepts the token to change anything. A link with a password answers 401 here: send the password to …/unlock.',
      security: [{}],
      requestParams: { path: tokenPath },
      responses: { ...sharedResponses, ...commonProblems },
    },
  },
  '/api/v1/shared/{token}/unlock': {
    post: {
      operationId: 'unlockSharedWorkspace',
      tags: ['Sharing'],
      summary: 'Read a shared workspace whose link has a password',
      description:
        'The same answer as GET /api/v1/shared/{token}, for a link with a password. The password travels in the body (never in the URL, so never in a log); a link without one opens whatever is sent.',
      security: [{}],
      requestParams: { path: tokenPath },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: unlockSharedRequestSchema } },
      },
      responses: {
        ...sharedResponses,
        '400': problemResponse('The body does not match the schema.'),
        ...bodyProblems,
      },
    },
  },
};
