import {
  createdShareLinkSchema,
  createShareLinkRequestSchema,
  sharedWorkspaceSchema,
  shareLinkListSchema,
  shareLinkSchema,
  unlockSharedRequestSchema,
  updateShareLinkRequestSchema,
} from '../schemas/share.js';
import { defineEndpoint } from './endpoint.js';
import { localizedResponse } from './language.js';
import { linkPath, tokenPath, workspacePath } from './resource-params.js';
import { bodyProblems, commonProblems, problemResponse, savedProblems } from './responses.js';

const sharedResponses = {
  '200': localizedResponse({
    description: 'The shared workspace.',
    content: { 'application/json': { schema: sharedWorkspaceSchema } },
  }),
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

const notALinkBody = problemResponse('The body does not match the schema.');

export const getSharedWorkspace = defineEndpoint({
  operationId: 'getSharedWorkspace',
  method: 'get',
  path: '/api/v1/shared/{token}',
  auth: 'share-link',
  tags: ['Sharing'],
  summary: 'Read a shared workspace (read-only, no API key)',
  description:
    'What a share link shows: the workspace (its name, client, shared notes and rule settings; never its private notes) and its scenarios in order, each with its chart and report. Never needs the API key. The answer carries no ids, and no route accepts the token to change anything. A link with a password answers 401 here: send the password to …/unlock. Findings and fix titles are in the language Accept-Language asks for; when it asks for none that Orgwise speaks (or is absent), in the workspace’s `language`, else English (Content-Language says which).',
  request: { path: tokenPath, acceptLanguage: true },
  responses: { ...sharedResponses, ...commonProblems },
});

export const unlockSharedWorkspace = defineEndpoint({
  operationId: 'unlockSharedWorkspace',
  method: 'post',
  path: '/api/v1/shared/{token}/unlock',
  auth: 'share-link',
  tags: ['Sharing'],
  summary: 'Read a shared workspace whose link has a password',
  description:
    'The same answer as GET /api/v1/shared/{token}, for a link with a password. The password travels in the body (never in the URL, so never in a log); a link without one opens whatever is sent.',
  request: {
    path: tokenPath,
    acceptLanguage: true,
    body: { mediaType: 'application/json', required: true, schema: unlockSharedRequestSchema },
  },
  responses: { ...sharedResponses, '400': notALinkBody, ...bodyProblems },
});

export const createShareLink = defineEndpoint({
  operationId: 'createShareLink',
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/share-links',
  auth: 'key',
  tags: ['Sharing'],
  summary: 'Create a read-only link to a workspace',
  description:
    'Answers a new token and the path of the read-only view (`/share/<token>`). The token is shown only here: the server keeps its SHA-256. Anyone with the link (and its password, if it has one) can read the workspace and its scenarios through GET /api/v1/shared/{token}, without the API key, until the link expires or is revoked.',
  request: {
    path: workspacePath,
    body: { mediaType: 'application/json', required: false, schema: createShareLinkRequestSchema },
  },
  responses: {
    '201': {
      description: 'The new link, with its token.',
      content: { 'application/json': { schema: createdShareLinkSchema } },
    },
    '400': notALinkBody,
    ...savedProblems,
    ...bodyProblems,
  },
});

export const listShareLinks = defineEndpoint({
  operationId: 'listShareLinks',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/share-links',
  auth: 'key',
  tags: ['Sharing'],
  summary: 'List a workspace’s share links (without their tokens)',
  request: { path: workspacePath },
  responses: {
    '200': {
      description: 'The links, newest first.',
      content: { 'application/json': { schema: shareLinkListSchema } },
    },
    ...savedProblems,
    ...commonProblems,
  },
});

export const updateShareLink = defineEndpoint({
  operationId: 'updateShareLink',
  method: 'patch',
  path: '/api/v1/workspaces/{workspaceId}/share-links/{linkId}',
  auth: 'key',
  tags: ['Sharing'],
  summary: 'Change a share link’s label, expiry or password',
  description:
    'The token stays the same: the link people already have follows the new settings at once. Links have no versions, so no If-Match is needed.',
  request: {
    path: linkPath,
    body: { mediaType: 'application/json', required: true, schema: updateShareLinkRequestSchema },
  },
  responses: {
    '200': {
      description: 'The link as it is now.',
      content: { 'application/json': { schema: shareLinkSchema } },
    },
    '400': notALinkBody,
    ...savedProblems,
    ...bodyProblems,
  },
});

export const revokeShareLink = defineEndpoint({
  operationId: 'revokeShareLink',
  method: 'delete',
  path: '/api/v1/workspaces/{workspaceId}/share-links/{linkId}',
  auth: 'key',
  tags: ['Sharing'],
  summary: 'Revoke a share link',
  description: 'From now on the link’s token opens nothing (404).',
  request: { path: linkPath },
  responses: {
    '204': { description: 'Revoked.' },
    ...savedProblems,
    ...commonProblems,
  },
});
