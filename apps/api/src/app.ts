import { endpoints } from '@orgwise/contract';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { chartChecks } from './checking/check-pool.js';
import type { AppDeps } from './deps.js';
import { applyRoutes } from './features/apply/apply.route.js';
import { docsAssetRoutes, docsRoutes } from './features/docs/docs.route.js';
import { healthRoutes } from './features/health/health.route.js';
import { importRoutes } from './features/import/import.route.js';
import { problemsRoutes } from './features/problems/problems.route.js';
import { revisionsRoutes } from './features/revisions/revisions.route.js';
import { rolesRoutes } from './features/roles/roles.route.js';
import { rulesRoutes } from './features/rules/rules.route.js';
import { deletedScenarioRoutes } from './features/scenarios/deleted-scenarios.route.js';
import { scenarioOrderRoutes } from './features/scenarios/scenario-order.route.js';
import { scenarioReportRoutes } from './features/scenarios/scenario-report.route.js';
import { scenariosRoutes } from './features/scenarios/scenarios.route.js';
import { shareLinksRoutes } from './features/share/share-links.route.js';
import { sharedRoutes } from './features/share/shared.route.js';
import { validateRoutes } from './features/validate/validate.route.js';
import { webAppRoutes } from './features/web/web-app.js';
import { workspacesRoutes } from './features/workspaces/workspaces.route.js';
import { openPaths, requireApiKey } from './http/api-key.js';
import { corsPolicy } from './http/cors-policy.js';
import { endpointRouter } from './http/endpoint-router.js';
import { errorHandler } from './http/error-handler.js';
import { budgets, memoryRateLimiters, perClientRateLimit } from './http/rate-limit.js';
import { requestLifecycle } from './http/request-lifecycle.js';
import { notFound } from './http/routes.js';
import { buildOpenApiDocument } from './openapi/document.js';

export type { AppDeps } from './deps.js';

/** The /api/v1 paths of the endpoints whose auth is not `key`: open even with ORGWISE_API_KEY. */
const isOpenPath = openPaths(Object.values(endpoints));

/** Builds the app without listening: tests drive it in-process, src/index.ts serves it. */
export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  const checks = deps.checks ?? chartChecks(config);
  const app = express();
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // An ETag for every POST answer would hash each report for nothing; the fixed GET documents
  // carry their own (src/http/static-json.ts).
  app.set('etag', false);

  app.use(
    requestLifecycle({
      logger,
      requestTimeoutMs: config.requestTimeoutMs,
      slowReaderTimeoutMs: config.slowReaderTimeoutMs,
      isShuttingDown: deps.isShuttingDown,
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Swagger UI sets style attributes at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  const cors = corsPolicy(config.corsOrigins);
  if (cors !== undefined) app.use('/api', cors);
  const limits = budgets(config);
  const limiters = deps.rateLimiters ?? memoryRateLimiters(limits);
  const rateLimit = perClientRateLimit(
    limits.requests,
    limiters.requests,
    logger,
    (path) => path === '/health',
  );
  if (rateLimit !== undefined) app.use('/api', rateLimit);

  const api = express.Router();
  if (config.apiKey !== undefined) {
    // Everything under /api/v1 is protected, a path added later or one that does not exist
    // included, unless its endpoint record says otherwise.
    api.use('/v1', requireApiKey(config.apiKey, isOpenPath));
  }
  api.use(
    endpointRouter([
      ...healthRoutes(deps),
      ...validateRoutes(deps, checks),
      ...applyRoutes(deps, checks),
      ...importRoutes(deps, checks),
      ...rolesRoutes(),
      ...rulesRoutes(),
      ...workspacesRoutes(deps),
      ...scenariosRoutes(deps),
      ...scenarioOrderRoutes(deps),
      ...deletedScenarioRoutes(deps),
      ...scenarioReportRoutes(deps),
      ...revisionsRoutes(deps),
      ...sharedRoutes(deps, checks, limiters['password-attempts']),
      ...shareLinksRoutes(deps),
      ...problemsRoutes(),
      ...docsRoutes(buildOpenApiDocument()),
    ]),
  );
  api.use(docsAssetRoutes());
  app.use('/api', api);

  app.use(webAppRoutes(config.webDir));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
