import express, { type Express } from 'express';
import helmet from 'helmet';
import { chartChecks } from './checking/check-pool.js';
import type { AppDeps } from './deps.js';
import { applyRoutes } from './features/apply/apply.route.js';
import { docsRoutes } from './features/docs/docs.route.js';
import { healthRoutes } from './features/health/health.route.js';
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
import { requireApiKey } from './http/api-key.js';
import { corsPolicy } from './http/cors-policy.js';
import { errorHandler } from './http/error-handler.js';
import { perClientRateLimit } from './http/rate-limit.js';
import { requestLifecycle } from './http/request-lifecycle.js';
import { notFound } from './http/routes.js';
import { buildOpenApiDocument } from './openapi/document.js';

export type { AppDeps } from './deps.js';

/** The /api/v1 routes that store nothing: open even when ORGWISE_API_KEY is set. */
const openRoutes = ['/validate', '/apply', '/roles', '/rules'];

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
  const rateLimit = perClientRateLimit({
    limit: config.rateLimitMax,
    windowMs: config.rateLimitWindowMs,
    logger,
    skip: (path) => path === '/health',
    store: deps.rateLimitStores?.('requests'),
  });
  if (rateLimit !== undefined) app.use('/api', rateLimit);

  const api = express.Router();
  api.use(healthRoutes(deps));
  // Read-only and reached by people without the key: before the key check, on purpose.
  api.use(sharedRoutes(deps, checks));
  if (config.apiKey !== undefined) {
    // Everything under /api/v1 that is added later is protected too, unless it is listed here.
    api.use('/v1', requireApiKey(config.apiKey, openRoutes));
  }
  api.use(validateRoutes(deps, checks));
  api.use(applyRoutes(deps, checks));
  api.use(rolesRoutes());
  api.use(rulesRoutes());
  api.use(workspacesRoutes(deps));
  api.use(scenariosRoutes(deps));
  api.use(scenarioOrderRoutes(deps));
  api.use(deletedScenarioRoutes(deps));
  api.use(scenarioReportRoutes(deps));
  api.use(revisionsRoutes(deps));
  api.use(shareLinksRoutes(deps));
  api.use(problemsRoutes());
  api.use(docsRoutes(buildOpenApiDocument()));
  app.use('/api', api);

  app.use(webAppRoutes(config.webDir));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
