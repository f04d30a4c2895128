import { z } from 'zod';
import { healthSchema } from '../schemas/health.js';
import { openApiDocumentSchema } from '../schemas/openapi-document.js';
import { defineEndpoint } from './endpoint.js';
import { commonProblems, notModified, problemResponse } from './responses.js';

export const getHealth = defineEndpoint({
  operationId: 'getHealth',
  method: 'get',
  path: '/api/health',
  auth: 'open',
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
});

export const getOpenApiDocument = defineEndpoint({
  operationId: 'getOpenApiDocument',
  method: 'get',
  path: '/api/openapi.json',
  auth: 'open',
  tags: ['Service'],
  summary: 'This OpenAPI 3.1 document',
  responses: {
    '200': {
      description: 'The OpenAPI document, generated from the same zod schemas the API uses.',
      content: { 'application/json': { schema: openApiDocumentSchema } },
    },
    ...notModified,
    ...commonProblems,
  },
});

export const getApiReference = defineEndpoint({
  operationId: 'getApiReference',
  method: 'get',
  path: '/api/docs',
  auth: 'open',
  tags: ['Service'],
  summary: 'Interactive API reference (HTML)',
  responses: {
    '200': {
      description: 'A Swagger UI page for this document; it needs no internet access.',
      content: { 'text/html': { schema: z.string() } },
    },
    ...commonProblems,
  },
});
