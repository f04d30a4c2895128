import { createRequire } from 'node:module';
import path from 'node:path';
import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { route } from '../../http/routes.js';
import { staticJson } from '../../http/static-json.js';
import { commonProblems, notModified } from '../../openapi/responses.js';
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
export function docsRoutes(openApiDocument: object): Router {
  const router = Router();
  route(router, '/openapi.json', { get: staticJson(openApiDocument) });
  route(router, '/docs', {
    get: (_req, res) => {
      res.type('text/html').send(docsPage);
    },
  });
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

export const docsPaths: ZodOpenApiPathsObject = {
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['Service'],
      summary: 'This OpenAPI 3.1 document',
      responses: {
        '200': {
          description: 'The OpenAPI document, generated from the same zod schemas the API uses.',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        ...notModified,
        ...commonProblems,
      },
    },
  },
  '/api/docs': {
    get: {
      operationId: 'getApiReference',
      tags: ['Service'],
      summary: 'Interactive API reference (HTML)',
      responses: {
        '200': {
          description: 'A Swagger UI page for this document; it needs no internet access.',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
        ...commonProblems,
      },
    },
  },
};
