// Public API of @orgwise/contract: the wire contract of the HTTP API (contract.md §5 and the
// saved-work routes of apps/api/README.md). Schemas, types and endpoint records only: zod and
// @orgwise/domain, nothing of Express, Node or the DOM, so that browsers can use it too. The typed
// client is exported as @orgwise/contract/client.

export {
  type BodySpec,
  defineEndpoint,
  type Endpoint,
  type EndpointAuth,
  type HttpMethod,
  type MediaContent,
  type RequestSpec,
  type ResponseSpec,
} from './endpoints/endpoint.js';
export { type Endpoints, endpoints, type OperationId } from './endpoints/index.js';
export {
  acceptLanguageHeader,
  contentLanguageHeader,
  localizedResponse,
} from './endpoints/language.js';
export { ifMatchHeader } from './endpoints/resource-params.js';
export { type ApplyRequest, applyRequestSchema, applyResponseSchema } from './schemas/apply.js';
export {
  DELETED_SCENARIO_DAYS,
  type DeletedScenario,
  deletedScenarioListSchema,
  deletedScenarioSchema,
} from './schemas/deleted-scenario.js';
export { exampleChart, examplePatch, exampleReport, exampleRules } from './schemas/examples.js';
export { type Health, healthSchema } from './schemas/health.js';
export {
  type ImportIssue,
  importFormatNames,
  importQuerySchema,
  importResponseSchema,
} from './schemas/import.js';
export { openApiDocumentSchema } from './schemas/openapi-document.js';
export { inputIssueSchema, problemSchema, problemTypeSchema } from './schemas/problem.js';
export {
  type ProblemSlug,
  type ProblemType,
  problemType,
  problemTypes,
  problemTypeUri,
} from './schemas/problem-types.js';
export {
  findingSchema,
  type LimitedReport,
  metricsSchema,
  type OmittedFindings,
  severitySchema,
  suggestionSchema,
  summarySchema,
  validationReportSchema,
} from './schemas/report.js';
export { requestEnvelope } from './schemas/request-envelope.js';
export {
  type Revision,
  type RevisionKind,
  type RevisionList,
  type RevisionSummary,
  revisionListSchema,
  revisionPageQuerySchema,
  revisionSchema,
  revisionSummarySchema,
} from './schemas/revision.js';
export { type RolesResponse, roleSchema, rolesResponseSchema } from './schemas/roles.js';
export { ruleSettingsComponent, ruleSettingsField } from './schemas/rule-settings-field.js';
export { ruleSchema, rulesResponseSchema } from './schemas/rules.js';
export {
  idSchema,
  labelSchema,
  maxDatabaseInteger,
  textSchema,
  timestampSchema,
  versionSchema,
} from './schemas/saved-fields.js';
export {
  type CreateScenarioRequest,
  createScenarioRequestSchema,
  type Scenario,
  type ScenarioSummary,
  scenarioListSchema,
  scenarioOrderRequestSchema,
  scenarioSchema,
  scenarioSummarySchema,
  type UpdateScenarioRequest,
  updateScenarioRequestSchema,
} from './schemas/scenario.js';
export {
  type CreatedShareLink,
  type CreateShareLinkRequest,
  createdShareLinkSchema,
  createShareLinkRequestSchema,
  type SharedWorkspaceBody,
  type ShareLink,
  sharedWorkspaceSchema,
  shareLinkListSchema,
  shareLinkSchema,
  shareTokenSchema,
  type UpdateShareLinkRequest,
  unlockSharedRequestSchema,
  updateShareLinkRequestSchema,
} from './schemas/share.js';
export { type ValidateRequest, validateRequestSchema } from './schemas/validate.js';
export {
  type CreateWorkspaceRequest,
  createWorkspaceRequestSchema,
  type UpdateWorkspaceRequest,
  updateWorkspaceRequestSchema,
  type Workspace,
  workspaceLanguageSchema,
  workspaceSchema,
} from './schemas/workspace.js';
