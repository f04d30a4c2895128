import { exampleRules } from '../schemas/examples.js';
import {
  createWorkspaceRequestSchema,
  updateWorkspaceRequestSchema,
  workspaceSchema,
} from '../schemas/workspace.js';
import { defineEndpoint } from './endpoint.js';
import { etagHeader, versionedResponse, workspacePath } from './resource-params.js';
import {
  badBody,
  bodyProblems,
  commonProblems,
  preconditionProblems,
  savedProblems,
} from './responses.js';

export const createWorkspace = defineEndpoint({
  operationId: 'createWorkspace',
  method: 'post',
  path: '/api/v1/workspaces',
  auth: 'key',
  tags: ['Workspaces'],
  summary: 'Create a workspace',
  description:
    'Creates a workspace and answers it with its id, which is the only way to reach it again: there is deliberately no endpoint that lists workspaces. Keep the id (or the Location header).',
  request: {
    body: {
      mediaType: 'application/json',
      required: true,
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
            language: 'da',
          },
        },
      },
    },
  },
  responses: {
    '201': {
      ...versionedResponse(workspaceSchema, 'The new workspace, at version 1.'),
      headers: etagHeader.extend({
        Location: etagHeader.shape.ETag.meta({
          description: 'The workspace’s URL.',
          example: '/api/v1/workspaces/k3JzVq0cR1mXo8Lw2bT9aA',
        }),
      }),
    },
    '400': badBody,
    '401': savedProblems['401'],
    ...bodyProblems,
  },
});

export const getWorkspace = defineEndpoint({
  operationId: 'getWorkspace',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}',
  auth: 'key',
  tags: ['Workspaces'],
  summary: 'Read a workspace',
  request: { path: workspacePath },
  responses: {
    '200': versionedResponse(workspaceSchema, 'The workspace; the ETag header is its version.'),
    '304': { description: 'Not modified: If-None-Match named the current version.' },
    ...savedProblems,
    ...commonProblems,
  },
});

export const updateWorkspace = defineEndpoint({
  operationId: 'updateWorkspace',
  method: 'patch',
  path: '/api/v1/workspaces/{workspaceId}',
  auth: 'key',
  tags: ['Workspaces'],
  summary: 'Change a workspace’s name, client, notes, rule settings or language',
  description:
    'Changes the members sent if the workspace is still at the version named by If-Match; otherwise nothing changes and the answer is 412 with the current workspace.',
  request: {
    path: workspacePath,
    ifMatch: workspaceSchema,
    body: { mediaType: 'application/json', required: true, schema: updateWorkspaceRequestSchema },
  },
  responses: {
    '200': versionedResponse(workspaceSchema, 'The workspace as saved, with its new version.'),
    '400': badBody,
    ...savedProblems,
    ...preconditionProblems,
    ...bodyProblems,
  },
});

export const deleteWorkspace = defineEndpoint({
  operationId: 'deleteWorkspace',
  method: 'delete',
  path: '/api/v1/workspaces/{workspaceId}',
  auth: 'key',
  tags: ['Workspaces'],
  summary: 'Delete a workspace with all its scenarios and their revisions',
  request: { path: workspacePath, ifMatch: workspaceSchema },
  responses: {
    '204': { description: 'Deleted.' },
    ...savedProblems,
    ...preconditionProblems,
    ...commonProblems,
  },
});
