// Public API of @orgwise/editor: the editor's core without a framework. Types and functions only.

export { type ChartIndex, indexChart, labelOf } from './chart/chart-index.js';
export { checkMove, type MoveCheck } from './chart/move-position.js';
export { newPosition, type PositionTemplate } from './chart/new-position.js';
export { PALETTE_DRAG_TYPE, type PaletteEntry, paletteEntries } from './chart/palette-entries.js';
export { copyTeam, pasteTeamPatch, type TeamClipboard } from './chart/team-clipboard.js';
export { slug, uniqueId } from './chart/unique-id.js';

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
export { settingIssues } from './findings/setting-issues.js';
export { sameJson } from './json/same-json.js';
