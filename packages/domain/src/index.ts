// Public API of @orgwise/domain (contract §2). Types and functions only: no side effects on import.

export { ChartAnalysis, NO_MANAGER, UNKNOWN_MANAGER } from './chart/analysis.js';
export { applyPatch } from './chart/apply-patch.js';
export { exampleChart } from './chart/example-chart.js';
export type { InputIssue } from './chart/input-issue.js';
export { chartJsonSchema } from './chart/json-schema.js';
export { type ChartMetrics, computeMetrics } from './chart/metrics.js';
export { type ParseChartResult, parseChart } from './chart/parse-chart.js';
export { PatchError } from './chart/patch-error.js';
export {
  addDottedLineOpSchema,
  addPositionOpSchema,
  mergePositionsOpSchema,
  type Patch,
  type PatchOp,
  patchOpSchema,
  patchSchema,
  removeDottedLineOpSchema,
  removePositionOpSchema,
  replacePositionOpSchema,
  resetRolesOpSchema,
  setReportsToOpSchema,
  setRolesOpSchema,
  updateCompanyOpSchema,
  updatePositionOpSchema,
} from './chart/patch-schema.js';
export { type RoleReading, readRoles } from './chart/role-reading.js';
export {
  type BusinessModel,
  businessModelSchema,
  type Chart,
  type Company,
  chartSchema,
  companySchema,
  type DottedLine,
  dottedLineSchema,
  type Position,
  type PositionScope,
  positionIdSchema,
  positionSchema,
  roleIdSchema,
  scopeSchema,
  sectorSchema,
} from './chart/schema.js';
export type { ScopeReason } from './chart/scope-roles.js';
export { type Sector, sectors } from './chart/sectors.js';
export type {
  ChartDiff,
  DottedLineChange,
  HolderChanged,
  InterimChanged,
  ManagerRef,
  PositionAdded,
  PositionChange,
  PositionChangeKind,
  PositionMoved,
  PositionRemoved,
  PositionReroled,
  PositionRetitled,
  VacancyChanged,
} from './compare/chart-diff.js';
export { CompareError } from './compare/compare-error.js';
export {
  type CompareScenariosOptions,
  compareScenarios,
  type Scenario,
  type ScenarioComparison,
  type ScenarioResult,
} from './compare/compare-scenarios.js';
export { describeFindingDelta } from './compare/describe-finding-delta.js';
export { diffCharts, isEmptyDiff } from './compare/diff-charts.js';
export { type DiffRow, type DiffRowChange, diffRows } from './compare/diff-rows.js';
export {
  type FindingDelta,
  findingDelta,
  findingIdentity,
  type UnchangedFinding,
} from './compare/finding-delta.js';
export { indexDiff, type PositionDiff } from './compare/index-diff.js';
export { type Scorecard, scorecard } from './compare/scorecard.js';
export { describeRules, parseRuleSettings, validate } from './default-rules.js';
export {
  type AnyRule,
  defineRule,
  type RuleCategory,
  type RuleContext,
  type RuleDefinition,
  type RuleReport,
  type SuggestionReport,
} from './engine/define-rule.js';
export type { DescribeRulesOptions, RuleDescription } from './engine/describe-rules.js';
export type { RuleRegistry } from './engine/rule-registry.js';
export {
  type ParsedRuleSettings,
  type ResolvedSettings,
  type RuleLevel,
  type RuleSetting,
  type RuleSettings,
  RuleSettingsError,
  ruleSettingsSchema,
} from './engine/settings.js';
export {
  type Finding,
  type Severity,
  type Suggestion,
  severities,
  type ValidationReport,
  type ValidationSummary,
} from './engine/types.js';
export type { ValidateOptions } from './engine/validate.js';
export { defaultLocale, isLocale, type Locale, locales, matchLocale } from './i18n/locales.js';
export type { MessageData, Messages, MessageValue } from './i18n/message-data.js';
export { allPlaceholders, formatMessage } from './i18n/message-format.js';
export type { RuleCatalogue, RuleTexts, RuleTranslations } from './i18n/rule-catalogue.js';
export { issueMessage } from './messages/input-issue-words.js';
export { type RoleTexts, roleTexts } from './messages/role-texts.js';
export { severityCount, severityWord } from './messages/severity-word.js';
export {
  getRole,
  type RoleDefinition,
  type RoleFocus,
  type RoleLevel,
  roleCatalogue,
} from './roles/catalogue.js';
export { effectiveRoles, isInterim } from './roles/effective-roles.js';
export {
  type Confidence,
  recognizeTitle,
  type TitleContext,
  type TitleRecognition,
  type TitleScope,
} from './roles/recognize-title.js';
export { isRoleId, type RoleId, roleIds } from './roles/role-ids.js';
export { type TitleAliases, type TitleLanguage, titleAliases } from './roles/title-aliases.js';
export { rules } from './rules/index.js';
export type { EvidenceId, Source } from './sources/catalogue.js';
export { cite } from './sources/cite.js';
export { sourceUrl } from './sources/source-url.js';
