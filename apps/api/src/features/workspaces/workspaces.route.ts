import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { AppDeps } from '../../deps.js';
import { jsonBody } from '../../http/json-body.js';
import { ifMatchVersion, requireIfMatch, sendVersioned, settle } from '../../http/preconditions.js';
import { statusProblem } from '../../http/problem.js';
import { route } from '../../http/routes.js';
import { savedParams, workspaceIdParam } from '../../http/saved-params.js';
import { storableText } from '../../http/storable-text.js';
import { validated } from '../../http/validated.js';
import { bodyProblems, commonProblems, problemResponse } from '../../openapi/responses.js';
import {
  apiKeySecurity,
  etagHeader,
  ifMatchHeader,
  preconditionProblems,
  savedProblems,
  workspacePath,
} from '../../openapi/saved-resources.js';
import { exampleRules } from '../../schemas/examples.js';
import {
  createWorkspaceRequestSchema,
  updateWorkspaceRequestSchema,
  workspaceSchema,
} from './workspace-schemas.js';

export function workspaceNotFound(id: string) {
  return statusProblem(
    404,
    `There is no workspace with the id "${id}". It may have been deleted, or the link is incomplete.`,
  );
}

export function workspacesRoutes({ config, store }: AppDeps): Router {
  const router = Router();
  const body = [...jsonBody(config), storableText];

  route(router, '/v1/workspaces', {
    post: [
      ...body,
      validated(createWorkspaceRequestSchema, async (input, _req, res) => {
        const workspace = await store.createWorkspace({
          name: input.name,
          client: input.client ?? null,
          notes: input.notes ?? '',
          sharedNotes: input.sharedNotes ?? '',
          rules: input.rules ?? {},
        });
        res.location(`/api/v1/workspaces/${workspace.id}`);
        sendVersioned(res, 201, workspace);
      }),
    ],
  });

  route(router, '/v1/workspaces/:workspaceId', {
    get: [
      savedParams,
      async (req, res) => {
        const id = workspaceIdParam(req);
        const workspace = await store.getWorkspace(id);
        if (workspace === undefined) throw workspaceNotFound(id);
        sendVersioned(res, 200, workspace);
      },
    ],
    patch: [
      savedParams,
      requireIfMatch('workspace'),
      ...body,
      validated(updateWorkspaceRequestSchema, async (changes, req, res) => {
        const id = workspaceIdParam(req);
        const outcome = await store.updateWorkspace(id, ifMatchVersion(req, 'workspace'), changes);
        const workspace = await settle(req, outcome, 'workspace', () => workspaceNotFound(id));
        sendVersioned(res, 200, workspace);
      }),
    ],
    delete: [
      savedParams,
      requireIfMatch('workspace'),
      async (req, res) => {
        const id = workspaceIdParam(req);
        const outcome = await store.deleteWorkspace(id, ifMatchVersion(req, 'workspace'));
        await settle(req, outcome, 'workspace', () => workspaceNotFound(id));
        res.status(204).end();
      },
    ],
  });
  return router;
}

const workspaceResponse = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: workspaceSchema } },
});

export const workspacesPaths: ZodOpenApiPathsObject = {
  '/api/v1/workspaces': {
    post: {
      operationId: 'createWorkspace',
      tags: ['Workspaces'],
      summary: 'Create a workspace',
      description:
        'Creates a workspace and answers it with its id, which is the only way to reach it again: there is deliberately no endpoint that lists workspaces. Keep the id (or the Location header).',
      security: apiKeySecurity,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: createWorkspaceRequestSchema,
            examples: {
              consultant: {
                summary: 'A workspace for a client',
                value: {
                  name: 'Leadership 2027',
                  client: 'Acme A/S',
                  notes: 'Board meeting on 14 March; the CFO prefers option B.',
                  sharedNotes: 'Two options for the board on 14 March.',
                  rules: exampleRules,
                },
              },
            },
          },
        },
      },
      responses: {
        '201': {
          ...workspaceResponse('The new workspace, at version 1.'),
          headers: etagHeader.extend({
            Location: etagHeader.shape.ETag.meta({
              description: 'The workspace’s URL.',
              example: '/api/v1/workspaces/k3JzVq0cR1mXo8Lw2bT9aA',
            }),
          }),
        },
        '400': problemResponse('The body is not valid JSON, or does not match the schema.'),
        '401': savedProblems['401']!,
        ...bodyProblems,
      },
    },
  },
  '/api/v1/workspaces/{workspaceId}': {
    get: {
      operationId: 'getWorkspace',
      tags: ['Workspaces'],
      summary: 'Read a workspace',
      security: apiKeySecurity,
      requestParams: { path: workspacePath },
      responses: {
        '200': workspaceResponse('The workspace; the ETag header is its version.'),
        '304': { description: 'Not modified: If-None-Match named the current version.' },
        ...savedProblems,
        ...commonProblems,
      },
    },
    patch: {
      operationId: 'updateWorkspace',
      tags: ['Workspaces'],
      summary: 'Change a workspace’s name, client, notes or rule settings',
      description:
        'Changes the members sent if the workspace is still at the version named by If-Match; otherwise nothing changes and the answer is 412 with the current workspace.',
      security: apiKeySecurity,
      requestParams: { path: workspacePath, header: ifMatchHeader },
      requestBody: {
        required: true,
        content: { 'application/json': { schema: updateWorkspaceRequestSchema } },
      },
      responses: {
        '200': workspaceResponse('The workspace as saved, with its new version.'),
        '400': problemResponse('The body is not valid JSON, or does not match the schema.'),
        ...savedProblems,
        ...preconditionProblems,
        ...bodyProblems,
      },
    },
    delete: {
      operationId: 'deleteWorkspace',
      tags: ['Workspaces'],
      summary: 'Delete a workspace with all its scenarios and their revisions',
      security: apiKeySecurity,
      requestParams: { path: workspacePath, header: ifMatchHeader },
      responses: {
        '204': { description: 'Deleted.' },
        ...savedProblems,
        ...preconditionProblems,
        ...commonProblems,
      },
    },
  },
};
