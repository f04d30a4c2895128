// Public API of @orgwise/editor: the editor's core without a framework. Types and functions only.

export { type ChartIndex, indexChart, labelOf } from './chart/chart-index.js';
export { explainRoleReading } from './chart/explain-role-reading.js';
export { checkMove, type MoveCheck } from './chart/move-position.js';
export { newPosition, type PositionTemplate } from './chart/new-position.js';
export { PALETTE_DRAG_TYPE, type PaletteEntry, paletteEntries } from './chart/palette-entries.js';
export { parseHeadcount } from './chart/parse-headcount.js';
export { copyTeam, pasteTeamPatch, type TeamClipboard } from './chart/team-clipboard.js';
export { teamOf } from './chart/team-of.js';
export { slug, uniqueId } from './chart/unique-id.js';
export { commandForKey, primaryShortcut } from './commands/command-for-key.js';
export type { CommandContext, CommandTarget, EditorCommand } from './commands/editor-command.js';
export { editorCommand, editorCommands } from './commands/editor-commands.js';
export {
  chordAria,
  chordText,
  type KeyChord,
  type KeyPress,
  type Platform,
} from './commands/key-chord.js';
export { applyLeniently, type DroppedOp } from './document/apply-leniently.js';
export { applyChange, type ChartChange, changeBetween } from './document/chart-change.js';
export {
  applyEdit,
  canRedo,
  canUndo,
  changeRuleSettings,
  type EditOptions,
  type EditorDocument,
  emptyChart,
  openDocument,
  redo,
  replaceChart,
  type UndoResult,
  undo,
} from './document/editor-document.js';
export {
  COALESCE_MS,
  HISTORY_LIMIT,
  type History,
  type HistoryEntry,
} from './document/history.js';
export { type MergeResult, mergeRemote, type RemoteChange } from './document/merge-remote.js';
export type { ChangeOrigin, LocalOrigin } from './document/origin.js';
export { patchBetween } from './document/patch-between.js';
export { sameChart } from './document/same-chart.js';
export { describeSettingIssue } from './findings/describe-setting-issue.js';
export { type FindingsThatMatter, findingsThatMatter } from './findings/findings-that-matter.js';
export {
  parseOptionsJson,
  type RuleSettingParts,
  splitSetting,
} from './findings/rule-setting-form.js';
export { settingIssues } from './findings/setting-issues.js';
export { sameJson } from './json/same-json.js';
export {
  type ApiKeyStore,
  sessionApiKeyStore,
  type WritableApiKeyStore,
} from './session/api-key.js';
export { type KeyValueStorage, safeStorage } from './session/key-value-storage.js';
export { nextOptionName } from './session/option-name.js';
export {
  forgetWorkspace,
  MAX_RECENT,
  type RecentWorkspace,
  readRecent,
  rememberWorkspace,
} from './session/recent-workspaces.js';
export { isId, parseRoute, type Route, workspaceUrl } from './session/route.js';
export {
  mergeChanges,
  type ScenarioChanges,
  type WorkspaceChanges,
} from './session/save-changes.js';
export {
  backoffDelay,
  type QueueConflict,
  type QueueSnapshot,
  type QueueStatus,
  type RetryReason,
  SAVE_DELAY_MS,
  type SaveOutcome,
  SaveQueue,
  type SaveQueueOptions,
} from './session/save-queue.js';
export { type SaveState, type SaveView, saveView } from './session/save-view.js';
export { SavedCharts, type ScenarioSave } from './session/saved-charts.js';
export { type ExpiryChoice, expiryChoices, expiryOf } from './share/link-expiry.js';
export { type ChartTemplate, chartTemplates } from './templates/templates.js';
