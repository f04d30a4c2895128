import {
  revisionListSchema,
  revisionPageQuerySchema,
  revisionSchema,
} from '../schemas/revision.js';
import { scenarioSchema } from '../schemas/scenario.js';
import { defineEndpoint } from './endpoint.js';
import { revisionPath, scenarioPath, versionedResponse } from './resource-params.js';
import {
  commonProblems,
  preconditionProblems,
  problemResponse,
  savedProblems,
} from './responses.js';

export const listRevisions = defineEndpoint({
  operationId: 'listRevisions',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions',
  auth: 'key',
  tags: ['Revisions'],
  summary: 'List a scenario’s revisions, newest first',
  description:
    'Every save of the scenario is a revision, thinned with age (the newest 50, the first and every restore are always kept; older saves, the last of each 10 minutes for a day, each hour for 30 days, then each day), so versions have gaps. The current one is the first. Pages of `limit` (default 100); `before` continues with older ones.',
  request: { path: scenarioPath, query: revisionPageQuerySchema },
  responses: {
    '200': {
      description: 'A page of revisions, without their charts.',
      content: { 'application/json': { schema: revisionListSchema } },
    },
    '400': problemResponse('A query parameter is not valid.'),
    ...savedProblems,
    ...commonProblems,
  },
});

export const getRevision = defineEndpoint({
  operationId: 'getRevision',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions/{version}',
  auth: 'key',
  tags: ['Revisions'],
  summary: 'Read one revision with its chart',
  request: { path: revisionPath },
  responses: {
    '200': versionedResponse(revisionSchema, 'The revision; it never changes.'),
    ...savedProblems,
    ...commonProblems,
  },
});

export const restoreRevision = defineEndpoint({
  operationId: 'restoreRevision',
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/revisions/{version}/restore',
  auth: 'key',
  tags: ['Revisions'],
  summary: 'Restore a revision',
  description:
    'Makes the scenario what it was at that revision (chart, name and description) by saving it as a new revision, so a restore can be undone the same way. If-Match names the scenario’s current version. No body.',
  request: { path: revisionPath, ifMatch: scenarioSchema },
  responses: {
    '200': versionedResponse(scenarioSchema, 'The scenario as restored, with its new version.'),
    ...savedProblems,
    ...preconditionProblems,
    ...commonProblems,
  },
});
