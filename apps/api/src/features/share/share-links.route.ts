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
import type { ShareLinkAccess } from '../../storage/share-link-queries.js';
import { workspaceList } from '../workspaces/workspace-list.js';
import { workspaceNotFound } from '../workspaces/workspaces.route.js';
import { linkIdParam, shareLinkNotFound } from './share-params.js';
import { hashSharePassword } from './share-password.js';
import {
  createdShareLinkSchema,
  createShareLinkRequestSchema,
  shareLinkListSchema,
  shareLinkSchema,
  updateShareLinkRequestSchema,
} from './share-schemas.js';

/** A link's settings as the store keeps them: the expiry as a time, the password hashed. */
async function accessOf(input: {
  label?: string | undefined;
  expiresAt?: string | null | undefined;
  password?: string | null | undefined;
}): Promise<Partial<ShareLinkAccess>> {
  const access: Partial<ShareLinkAccess> = {};
  if (input.label !== undefined) access.label = input.label;
  if (input.expiresAt !== undefined) {
    access.expiresAt = input.expiresAt === null ? null : new Date(input.expiresAt);
  }
  if (input.password !== undefined) {
    access.passwordHash = input.password === null ? null : await hashSharePassword(input.password);
  }
  return access;
}

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
        const link = await store.createShareLink(workspaceId, {
          label: '',
          expiresAt: null,
          passwordHash: null,
          ...(await accessOf(input)),
        });
        if (link === undefined) throw workspaceNotFound(workspaceId);
        res.setHeader('Cache-Control', 'private, no-store');
        res.location(`/api/v1/workspaces/${workspaceId}/share-links/${link.id}`);
        res.status(201).json({ ...link, url: `/share/${link.token}` });
      }),
    ],
  });

  route(router, '/v1/workspaces/:workspaceId/share-links/:linkId', {
    patch: [
      savedParams,
      ...jsonBody(config),
      storableText,
      validated(updateShareLinkRequestSchema, async (input, req, res) => {
        const workspaceId = workspaceIdParam(req);
        const linkId = linkIdParam(req);
        const link = await store.updateShareLink(workspaceId, linkId, await accessOf(input));
        if (link !== undefined) {
          res.setHeader('Cache-Control', 'private, no-store');
          res.json(link);
          return;
        }
        if ((await store.getWorkspace(workspaceId)) === undefined) {
          throw workspaceNotFound(workspaceId);
        }
        throw shareLinkNotFound(linkId);
      }),
    ],
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
        'Answers a new token and the path of the read-only view (`/share/<token>`). The token is shown only here: the server keeps its SHA-256. Anyone with the link (and its password, if it has one) can read the workspace and its scenarios through GET /api/v1/shared/{token}, without the API key, until the link expires or is revoked.',
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
    patch: {
      operationId: 'updateShareLink',
      tags: ['Sharing'],
      summary: 'Change a share link’s label, expiry or password',
      description:
        'The token stays the same: the link people already have follows the new settings at once. Links have no versions, so no If-Match is needed.',
      security: apiKeySecurity,
      requestParams: { path: linkPath },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: updateShareLinkRequestSchema } },
      },
      responses: {
        '200': {
          description: 'The link as it is now.',
          content: { 'application/json': { schema: shareLinkSchema } },
        },
        '400': problemResponse('The body does not match the schema.'),
        ...savedProblems,
        ...bodyProblems,
      },
    },
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
