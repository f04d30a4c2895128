import { applyPatch, validateChart } from './charts.js';
import { importChart } from './import.js';
import { getProblemType, listRoles, listRules } from './reference.js';
import { getRevision, listRevisions, restoreRevision } from './revisions.js';
import {
  createScenario,
  deleteScenario,
  getScenario,
  getScenarioReport,
  listDeletedScenarios,
  listScenarios,
  reorderScenarios,
  restoreDeletedScenario,
  updateScenario,
} from './scenarios.js';
import { getApiReference, getHealth, getOpenApiDocument } from './service.js';
import {
  createShareLink,
  getSharedWorkspace,
  listShareLinks,
  revokeShareLink,
  unlockSharedWorkspace,
  updateShareLink,
} from './sharing.js';
import { createWorkspace, deleteWorkspace, getWorkspace, updateWorkspace } from './workspaces.js';

/**
 * Every endpoint of the API, keyed by operationId, in the order of the OpenAPI document (the
 * served-operations test walks them in it: the read-only view before revoking the link). The API
 * routes, documents and guards exactly these; the client has one method each.
 */
export const endpoints = {
  getHealth,
  validateChart,
  applyPatch,
  importChart,
  listRoles,
  listRules,
  createWorkspace,
  getWorkspace,
  updateWorkspace,
  deleteWorkspace,
  listScenarios,
  createScenario,
  getScenario,
  updateScenario,
  deleteScenario,
  reorderScenarios,
  listDeletedScenarios,
  restoreDeletedScenario,
  getScenarioReport,
  listRevisions,
  getRevision,
  restoreRevision,
  getSharedWorkspace,
  unlockSharedWorkspace,
  createShareLink,
  listShareLinks,
  updateShareLink,
  revokeShareLink,
  getProblemType,
  getOpenApiDocument,
  getApiReference,
};

export type Endpoints = typeof endpoints;
export type OperationId = keyof Endpoints;
