import { createRequire } from 'node:module';
import path from 'node:path';
import { endpoints } from '@orgwise/contract';
import { Router } from 'express';
import { type Implementation, implement } from '../../http/implement.js';
import { route } from '../../http/routes.js';
import { staticJson } from '../../http/static-json.js';
import { docsPage, docsScript } from './docs-page.js';

const swaggerUiDir = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

// Only the files the page uses are served, not the package's whole folder (its own index.html
// would load the Petstore example from the internet).
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
  'favicon-32x32.png': 'image/png',
};

/** GET /api/openapi.json and the reference page GET /api/docs. */
export function docsRoutes(openApiDocument: object): Implementation[] {
  return [
    implement(endpoints.getOpenApiDocument, staticJson(openApiDocument)),
    implement(endpoints.getApiReference, (_req, res) => {
      res.type('text/html').send(docsPage);
    }),
  ];
}

/** The reference page's script and Swagger UI's files: the page's parts, not API endpoints. */
export function docsAssetRoutes(): Router {
  const router = Router();
  route(router, '/docs/docs.js', {
    get: (_req, res) => {
      res.type('text/javascript').send(docsScript);
    },
  });
  for (const [file, type] of Object.entries(assets)) {
    route(router, `/docs/${file}`, {
      get: (_req, res, next) => {
        // With `root`, only the file name is checked for dot segments (pnpm's store is in .pnpm).
        res.sendFile(
          file,
          { root: swaggerUiDir, headers: { 'Content-Type': type }, maxAge: '1d' },
          (error) => {
            if (error) next(error);
          },
        );
      },
    });
  }
  return router;
}
