import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { route } from '../../http/routes.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, commonProblems, problemResponse } from '../../openapi/responses.js';
import { apiKeySecurity, savedProblems, workspacePath } from '../../openapi/saved-resources.js';
import { idSchema } from '../../schemas/saved-fields.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { linkIdParam, shareLinkNotFound } from './share-params.js';
import {
  createdShareLinkSchema,
  createShareLinkRequestSchema,
  shareLinkListSchema,
} from './share-schemas.js';

/** Creating, listing and revoking a workspace's share links: behind the API key like the rest. */
export function shareLinksRoutes({ config, store }: AppDeps): Router {
  const router = Router();

  route(router, '/v1/workspaces/:workspaceId/share-links', {
    get: workspaceList('shareLinks', store.listShareLinks),
    post: [
      savedParams,
      ...jsonBody(config),
      storableText,
      validated(createShareLinkRequestSchema, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const link = await store.createShareLink(workspaceId, input.label ?? '');
        if (link === undefined) throw workspaceNotFound(workspaceId);
        res.setHeader('Cache-Control', 'private, no-store');
        res.location(`/api/v1/workspaces/${workspaceId}/share-links/${link.id}`);
        res.status(201).json({ ...link, url: `/share/${link.token}` });
      }),
    ],
  });

  route(router, '/v1/workspaces/:workspaceId/share-links/:linkId', {
    delete: [
      savedParams,
      async (req, res) => {
        const workspaceId = workspaceIdParam(req);
        const linkId = linkIdParam(req);
        if (await store.revokeShareLink(workspaceId, linkId)) {
          res.status(204).end();
          return;
        }
        if ((await store.getWorkspace(workspaceId)) === undefined) {
          throw workspaceNotFound(workspaceId);
        }
        throw shareLinkNotFound(linkId);
      },
    ],
  });
  return router;
}

const linkPath = workspacePath.extend({
  linkId: idSchema.meta({ param: { description: 'The share link’s id (not its token).' } }),
});

export const shareLinksPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces/{workspaceId}/share-links': {
    post: {
      operationId: 'createShareLink',
      tags: ['Sharing'],
      summary: 'Create a read-only link to a workspace',
      description:
        'Answers a new token and the path of the read-only view (`/share/<token>`). The token is shown only here: the server keeps its SHA-256. Anyone with the link can read the workspace and its scenarios through GET /api/v1/shared/{token}, without the API key, until the link is revoked.',
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      requestBody: {
        required: false,
        content: { 'application/json': { schema: createShareLinkRequestSchema } },
      },
      responses: {
        '201': {
          description: 'The new link, with its token.',
          content: { 'application/json': { schema: createdShareLinkSchema } },
        },
        '400': problemResponse('The body does not match the schema.'),
        ...savedProblems,
        ...bodyProblems,
      },
    },
    get: {
      operationId: 'listShareLinks',
      tags: ['Sharing'],
      summary: 'List a workspace’s share links (without their tokens)',
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      responses: {
        '200': {
          description: 'The links, newest first.',
          content: { 'application/json': { schema: shareLinkListSchema } },
        },
        ...savedProblems,
        ...commonProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}/share-links/{linkId}': {
    delete: {
      operationId: 'revokeShareLink',
      tags: ['Sharing'],
      summary: 'Revoke a share link',
      description: 'From now on the link’s token opens nothing (404).',
      security: apiKeySecurity,
      requestParams: { path: linkPath },
      responses: {
        '204': { description: 'Revoked.' },
        ...savedProblems,
        ...commonProblems,
      },
    },
  },
};
