import {
  DELETED_SCENARIO_DAYS,
  deletedScenarioListSchema,
  deletedScenarioSchema,
} from '../schemas/deleted-scenario.js';
import { exampleChart } from '../schemas/examples.js';
import { validationReportSchema } from '../schemas/report.js';
import {
  createScenarioRequestSchema,
  scenarioListSchema,
  scenarioOrderRequestSchema,
  scenarioSchema,
  updateScenarioRequestSchema,
} from '../schemas/scenario.js';
import { workspaceSchema } from '../schemas/workspace.js';
import { defineEndpoint } from './endpoint.js';
import { localizedResponse } from './language.js';
import { scenarioPath, versionedResponse, workspacePath } from './resource-params.js';
import {
  badBody,
  bodyProblems,
  commonProblems,
  preconditionProblems,
  problemResponse,
  savedProblems,
} from './responses.js';

export const listScenarios = defineEndpoint({
  operationId: 'listScenarios',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/scenarios',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'List a workspace’s scenarios',
  description: 'The scenarios in the workspace’s order, without their charts.',
  request: { path: workspacePath },
  responses: {
    '200': {
      description: 'The scenarios, in order.',
      content: { 'application/json': { schema: scenarioListSchema } },
    },
    ...savedProblems,
    ...commonProblems,
  },
});

export const createScenario = defineEndpoint({
  operationId: 'createScenario',
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/scenarios',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Create a scenario: empty, from a chart, or as a copy of another',
  description:
    'Adds the scenario at the end of the workspace’s order, as revision 1. A chart is checked like one sent to POST /api/v1/validate (same limits and problem documents).',
  request: {
    path: workspacePath,
    body: {
      mediaType: 'application/json',
      required: true,
      schema: createScenarioRequestSchema,
      examples: {
        fromChart: {
          summary: 'The current structure, from a chart',
          value: { name: 'Current', chart: exampleChart },
        },
        empty: { summary: 'An empty scenario', value: { name: 'Blank sheet' } },
      },
    },
  },
  responses: {
    '201': versionedResponse(scenarioSchema, 'The new scenario (Location header: its URL).'),
    '400': badBody,
    ...savedProblems,
    '422': problemResponse(
      'duplicateOf, version or derivedFrom names a scenario or revision the workspace does not have (type /api/problems/unknown-reference).',
    ),
    ...bodyProblems,
  },
});

export const getScenario = defineEndpoint({
  operationId: 'getScenario',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Read a scenario with its chart',
  request: { path: scenarioPath },
  responses: {
    '200': versionedResponse(scenarioSchema, 'The scenario; the ETag header is its version.'),
    '304': { description: 'Not modified: If-None-Match named the current version.' },
    ...savedProblems,
    ...commonProblems,
  },
});

export const updateScenario = defineEndpoint({
  operationId: 'updateScenario',
  method: 'patch',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Save a scenario: its name, description, chart (whole or as a patch) or origin',
  description:
    'Saves a new revision if the scenario is still at the version named by If-Match; otherwise nothing changes and the answer is 412 with the current scenario. A patch is applied to the saved chart of that version.',
  request: {
    path: scenarioPath,
    ifMatch: scenarioSchema,
    body: { mediaType: 'application/json', required: true, schema: updateScenarioRequestSchema },
  },
  responses: {
    '200': versionedResponse(scenarioSchema, 'The scenario as saved, with its new version.'),
    '400': badBody,
    ...savedProblems,
    ...preconditionProblems,
    '422': problemResponse(
      'The patch does not apply to the saved chart (type /api/problems/patch-conflict), or derivedFrom names no other scenario of the workspace (type /api/problems/unknown-reference).',
    ),
    ...bodyProblems,
  },
});

export const deleteScenario = defineEndpoint({
  operationId: 'deleteScenario',
  method: 'delete',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Delete a scenario',
  description: `The scenario leaves the workspace; it is kept with its revisions for ${DELETED_SCENARIO_DAYS} days, listed at …/deleted-scenarios and brought back with POST …/deleted-scenarios/{scenarioId}/restore, then erased. Scenarios derived from it keep their charts; their derivedFrom becomes null.`,
  request: { path: scenarioPath, ifMatch: scenarioSchema },
  responses: {
    '204': { description: 'Deleted.' },
    ...savedProblems,
    ...preconditionProblems,
    ...commonProblems,
  },
});

export const reorderScenarios = defineEndpoint({
  operationId: 'reorderScenarios',
  method: 'put',
  path: '/api/v1/workspaces/{workspaceId}/scenario-order',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Put the workspace’s scenarios in a new order',
  description:
    'The body names every scenario of the workspace once. If-Match names the workspace’s version (the order is part of the workspace); the answer’s ETag is the workspace’s new version.',
  request: {
    path: workspacePath,
    ifMatch: workspaceSchema,
    body: { mediaType: 'application/json', required: true, schema: scenarioOrderRequestSchema },
  },
  responses: {
    '200': versionedResponse(scenarioListSchema, 'The scenarios in their new order.'),
    '400': badBody,
    ...savedProblems,
    '409': problemResponse(
      'The order does not name each scenario of the workspace once (type /api/problems/scenario-order-mismatch).',
    ),
    ...preconditionProblems,
    ...bodyProblems,
  },
});

export const listDeletedScenarios = defineEndpoint({
  operationId: 'listDeletedScenarios',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/deleted-scenarios',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'List a workspace’s deleted scenarios',
  description: `A deleted scenario is kept with its revisions for ${DELETED_SCENARIO_DAYS} days, then erased. The list holds those that can still be brought back, without their charts, the latest deleted first.`,
  request: { path: workspacePath },
  responses: {
    '200': {
      description: 'The deleted scenarios.',
      content: { 'application/json': { schema: deletedScenarioListSchema } },
    },
    ...savedProblems,
    ...commonProblems,
  },
});

export const restoreDeletedScenario = defineEndpoint({
  operationId: 'restoreDeletedScenario',
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/deleted-scenarios/{scenarioId}/restore',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Bring a deleted scenario back',
  description:
    'The scenario returns as it was deleted: same id, version, revisions and place in the order. If-Match names the version listed in …/deleted-scenarios. Scenarios that were derived from it do not name it again.',
  request: { path: scenarioPath, ifMatch: deletedScenarioSchema },
  responses: {
    '200': versionedResponse(
      scenarioSchema,
      'The scenario, back in the workspace (Location header: its URL).',
    ),
    ...savedProblems,
    '409': problemResponse(
      'The scenario is in the workspace, not deleted (type /api/problems/scenario-not-deleted).',
    ),
    ...preconditionProblems,
    ...commonProblems,
  },
});

export const getScenarioReport = defineEndpoint({
  operationId: 'getScenarioReport',
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/scenarios/{scenarioId}/report',
  auth: 'key',
  tags: ['Scenarios'],
  summary: 'Validate a saved scenario with the workspace’s rule settings',
  description:
    'The same report as POST /api/v1/validate gives for the scenario’s current chart and the workspace’s rules.',
  request: { path: scenarioPath, acceptLanguage: true },
  responses: {
    '200': localizedResponse({
      description: 'The findings, a summary and metrics of the saved chart.',
      content: { 'application/json': { schema: validationReportSchema } },
    }),
    ...savedProblems,
    '409': problemResponse(
      'The workspace’s saved rule settings are not valid for this version of Orgwise (type /api/problems/outdated-rule-settings).',
    ),
    '413': problemResponse(
      'The saved chart has more positions than the server now accepts (type /api/problems/too-many-positions).',
    ),
    ...commonProblems,
  },
});
