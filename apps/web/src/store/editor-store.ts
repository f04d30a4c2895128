import {
  applyPatch as applyDomainPatch,
  type Chart,
  type Company,
  type PatchOp,
  parseRuleSettings,
  type RuleSetting,
  type RuleSettings,
} from '@orgwise/domain';
import type { Direction } from '@orgwise/layout';
import { autoCollapse, buildForest } from '@orgwise/layout';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { labelOf } from '../chart/chart-index.js';
import { checkMove } from '../chart/move-position.js';
import { newPosition, type PositionTemplate } from '../chart/new-position.js';
import { copyTeam, pasteTeamPatch, type TeamClipboard } from '../chart/team-clipboard.js';
import { describeSettingIssue } from '../findings/describe-setting-issue.js';

// The editor's single store. The document (chart, rule settings) is undoable through zundo; the
// rest (selection, collapsed teams, layout direction, status line, clipboard) is view state and
// never enters the history.
//
// Errors: `applyPatch` throws the domain's PatchError (leaving the chart untouched) when an
// operation cannot apply, because its callers hold the user's input (import, paste) and can show
// the message where it belongs. Editor gestures that can be refused for a reason the user should
// read (a move that would make a loop) go through actions that report it in `status` instead.

export const emptyChart: Chart = { version: 1, positions: [] };

export interface StatusMessage {
  /** Increases with every message, so the same text shown twice is still announced. */
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export interface EditOptions {
  /**
   * Consecutive edits with the same key (typing in one field of one position) within a short
   * time become one undo step, as in a text editor.
   */
  coalesceKey?: string;
}

export interface EditorState {
  // Document (undoable).
  chart: Chart;
  /** ESLint-shaped rule settings, always valid (checked with parseRuleSettings on the way in). */
  ruleSettings: RuleSettings;

  // View state.
  selectedId: string | null;
  /** Positions (by id) whose team is folded away. */
  collapsed: Readonly<Record<string, true>>;
  direction: Direction;
  status: StatusMessage | null;
  clipboard: TeamClipboard | null;
  /**
   * Asks the canvas to bring a position into view (`focus`: and move keyboard focus to its card,
   * scrolling only when it is off screen); `seq` changes with every request.
   */
  centerRequest: { id: string; seq: number; focus: boolean } | null;
  /** Increases when a whole new chart arrives, so the canvas fits it into view. */
  fitRequest: number;

  // Document actions: each is one undoable step.
  /** Applies patch operations with the domain's applyPatch; throws PatchError, see above. */
  applyPatch: (ops: PatchOp[], options?: EditOptions) => void;
  /** Replaces the whole chart (import, template); deep teams of a large chart start collapsed. */
  replaceChart: (chart: Chart) => void;
  /** Sets company fields; a field given as undefined is removed (its rules then skip). */
  updateCompany: (changes: Partial<Company>, options?: EditOptions) => void;
  /** Changes one rule's setting; undefined restores the default. Returns issues when invalid. */
  setRuleSetting: (ruleId: string, setting: RuleSetting | undefined) => string[];
  /** Replaces all rule settings (e.g. restored with a workspace). Returns issues when invalid. */
  setRuleSettings: (settings: RuleSettings) => string[];
  /** Adds a position from the palette under `managerId` (or as a new top); selects and returns it. */
  addPosition: (template: PositionTemplate, managerId: string | null) => string;
  /** Moves a position and its team under a manager; refuses a loop with a reason in `status`. */
  movePosition: (positionId: string, managerId: string | null) => boolean;
  /**
   * Drops a position's hand-chosen roles so they are recognised from its title again. No patch
   * operation removes a field, so this edits the chart directly (still one undoable step).
   */
  resetRoles: (positionId: string) => void;
  /** Removes a position; its reports move up to its manager. */
  removePosition: (positionId: string) => void;
  copyPosition: (positionId: string) => void;
  /** Pastes the copied team under `managerId` (or as a new top); selects the pasted head. */
  paste: (managerId: string | null) => void;
  undo: () => void;
  redo: () => void;

  /**
   * Loads a document without making it undoable and clears the history (opening a saved
   * workspace). Invalid rule settings are dropped and reported in `status`.
   */
  loadDocument: (document: { chart: Chart; ruleSettings?: RuleSettings }) => void;

  // View actions.
  select: (id: string | null) => void;
  /** Selects a position, unfolds the teams above it and asks the canvas to centre it. */
  reveal: (id: string) => void;
  /** Selects a position and moves keyboard focus to its card (arrow-key navigation). */
  focusPosition: (id: string) => void;
  toggleCollapsed: (id: string) => void;
  expandAll: () => void;
  setDirection: (direction: Direction) => void;
  notify: (text: string, tone?: StatusMessage['tone']) => void;
}

const COALESCE_MS = 1500;
let lastEdit: { key: string; at: number } | null = null;
let statusSeq = 0;
let centerSeq = 0;

function initialCollapsed(chart: Chart): Record<string, true> {
  const forest = buildForest(chart);
  const collapsed: Record<string, true> = {};
  for (const index of autoCollapse(forest)) collapsed[forest.keys[index]!] = true;
  return collapsed;
}

/** What is wrong with rule settings, in words; the rule id leads when `withRule` is set. */
function settingIssues(settings: unknown, withRule = false): string[] {
  const parsed = parseRuleSettings(settings);
  if (parsed.ok) return [];
  return parsed.issues.map((issue) => {
    const text = describeSettingIssue(issue);
    return withRule && issue.path.length > 0 ? `${String(issue.path[0])}: ${text}` : text;
  });
}

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => {
      /** Sets document state as one undo step, or folds it into the previous one (typing). */
      const commit = (next: Partial<EditorState>, options?: EditOptions) => {
        const key = options?.coalesceKey;
        const now = Date.now();
        const coalesce =
          key !== undefined && lastEdit?.key === key && now - lastEdit.at < COALESCE_MS;
        lastEdit = key === undefined ? null : { key, at: now };
        if (!coalesce) {
          set(next);
          return;
        }
        const history = useEditor.temporal.getState();
        history.pause();
        try {
          set(next);
        } finally {
          history.resume();
        }
      };

      return {
        chart: emptyChart,
        ruleSettings: {},
        selectedId: null,
        collapsed: {},
        direction: 'TB',
        status: null,
        clipboard: null,
        centerRequest: null,
        fitRequest: 0,

        applyPatch: (ops, options) => {
          if (ops.length === 0) return;
          commit({ chart: applyDomainPatch(get().chart, ops) }, options);
        },

        replaceChart: (chart) => {
          commit({ chart });
          set({
            selectedId: null,
            collapsed: initialCollapsed(chart),
            fitRequest: get().fitRequest + 1,
          });
        },

        updateCompany: (changes, options) => {
          const company: Company = { ...get().chart.company };
          for (const [field, value] of Object.entries(changes)) {
            if (value === undefined) delete company[field];
            else company[field] = value;
          }
          const chart: Chart = { ...get().chart };
          if (Object.keys(company).length === 0) delete chart.company;
          else chart.company = company;
          commit({ chart }, options);
        },

        setRuleSetting: (ruleId, setting) => {
          const ruleSettings: RuleSettings = { ...get().ruleSettings };
          if (setting === undefined) delete ruleSettings[ruleId];
          else ruleSettings[ruleId] = setting;
          return get().setRuleSettings(ruleSettings);
        },

        setRuleSettings: (ruleSettings) => {
          const issues = settingIssues(ruleSettings);
          if (issues.length === 0) commit({ ruleSettings });
          return issues;
        },

        addPosition: (template, managerId) => {
          const { chart } = get();
          const manager =
            managerId !== null && chart.positions.some((p) => p.id === managerId)
              ? managerId
              : null;
          const position = newPosition(chart, template, manager);
          commit({ chart: applyDomainPatch(chart, [{ op: 'addPosition', position }]) });
          const collapsed = { ...get().collapsed };
          if (manager !== null) delete collapsed[manager];
          set({ selectedId: position.id, collapsed });
          const where =
            manager === null
              ? 'as a new top of the chart'
              : `under ${labelOf(
                  chart.positions.find((p) => p.id === manager),
                  manager,
                )}`;
          get().notify(`Added ${labelOf(position, position.id)} ${where}.`);
          return position.id;
        },

        movePosition: (positionId, managerId) => {
          const check = checkMove(get().chart, positionId, managerId);
          if (!check.ok) {
            get().notify(check.reason, 'error');
            return false;
          }
          commit({ chart: applyDomainPatch(get().chart, check.patch) });
          const collapsed = { ...get().collapsed };
          if (managerId !== null) delete collapsed[managerId];
          set({ collapsed });
          const chart = get().chart;
          const moved = chart.positions.find((p) => p.id === positionId);
          const manager =
            managerId === null ? undefined : chart.positions.find((p) => p.id === managerId);
          get().notify(
            managerId === null
              ? `${labelOf(moved, positionId)} is now a top of the chart.`
              : `${labelOf(moved, positionId)} now reports to ${labelOf(manager, managerId)}.`,
          );
          return true;
        },

        resetRoles: (positionId) => {
          const { chart } = get();
          const at = chart.positions.findIndex((p) => p.id === positionId);
          const position = chart.positions[at];
          if (position === undefined || position.roles === undefined) return;
          const { roles: _dropped, ...rest } = position;
          const positions = chart.positions.slice();
          positions[at] = rest;
          commit({ chart: { ...chart, positions } });
        },

        removePosition: (positionId) => {
          const { chart, selectedId } = get();
          const position = chart.positions.find((p) => p.id === positionId);
          if (position === undefined) return;
          commit({ chart: applyDomainPatch(chart, [{ op: 'removePosition', positionId }]) });
          const manager = position.reportsTo ?? null;
          const managerExists =
            manager !== null && get().chart.positions.some((p) => p.id === manager);
          set({
            selectedId: selectedId === positionId ? (managerExists ? manager : null) : selectedId,
          });
          get().notify(
            `Removed ${labelOf(position, positionId)}; its reports now report to ${
              managerExists
                ? labelOf(
                    chart.positions.find((p) => p.id === manager),
                    manager!,
                  )
                : 'nobody (they are tops now)'
            }.`,
          );
        },

        copyPosition: (positionId) => {
          const clipboard = copyTeam(get().chart, positionId);
          if (clipboard === undefined) return;
          set({ clipboard });
          const others = clipboard.positions.length - 1;
          get().notify(
            `Copied ${labelOf(clipboard.positions[0], positionId)}${
              others > 0 ? ` with a team of ${others}` : ''
            }. Select a manager and paste with Ctrl+V.`,
          );
        },

        paste: (managerId) => {
          const { clipboard, chart } = get();
          if (clipboard === null) {
            get().notify('Nothing to paste: copy a position first (Ctrl+C).', 'error');
            return;
          }
          const manager =
            managerId !== null && chart.positions.some((p) => p.id === managerId)
              ? managerId
              : null;
          const { patch, headId } = pasteTeamPatch(chart, clipboard, manager);
          commit({ chart: applyDomainPatch(chart, patch) });
          const collapsed = { ...get().collapsed };
          if (manager !== null) delete collapsed[manager];
          set({ selectedId: headId, collapsed });
          get().notify(
            `Pasted ${clipboard.positions.length === 1 ? 'a copy' : `a team of ${clipboard.positions.length}`}.`,
          );
        },

        undo: () => {
          lastEdit = null;
          useEditor.temporal.getState().undo();
        },

        redo: () => {
          lastEdit = null;
          useEditor.temporal.getState().redo();
        },

        loadDocument: ({ chart, ruleSettings }) => {
          const issues = settingIssues(ruleSettings ?? {}, true);
          const history = useEditor.temporal.getState();
          history.pause();
          try {
            set({
              chart,
              ruleSettings: issues.length === 0 ? (ruleSettings ?? {}) : {},
              selectedId: null,
              collapsed: initialCollapsed(chart),
              fitRequest: get().fitRequest + 1,
            });
          } finally {
            history.resume();
          }
          history.clear();
          lastEdit = null;
          if (issues.length > 0) {
            get().notify(
              `The saved rule settings were not valid and were reset: ${issues.join('; ')}`,
              'error',
            );
          }
        },

        select: (selectedId) => {
          if (get().selectedId !== selectedId) set({ selectedId });
        },

        reveal: (id) => {
          const { chart } = get();
          const byId = new Map(chart.positions.map((p) => [p.id, p] as const));
          const collapsed = { ...get().collapsed };
          const seen = new Set<string>();
          for (
            let at = byId.get(id)?.reportsTo;
            at != null && !seen.has(at);
            at = byId.get(at)?.reportsTo
          ) {
            seen.add(at);
            delete collapsed[at];
          }
          set({ selectedId: id, collapsed, centerRequest: { id, seq: ++centerSeq, focus: false } });
        },

        focusPosition: (id) =>
          set({ selectedId: id, centerRequest: { id, seq: ++centerSeq, focus: true } }),

        toggleCollapsed: (id) => {
          const collapsed = { ...get().collapsed };
          if (collapsed[id]) delete collapsed[id];
          else collapsed[id] = true;
          set({ collapsed });
        },

        expandAll: () => set({ collapsed: {} }),

        setDirection: (direction) => set({ direction }),

        notify: (text, tone = 'info') => set({ status: { id: ++statusSeq, text, tone } }),
      };
    },
    {
      partialize: (state) => ({ chart: state.chart, ruleSettings: state.ruleSettings }),
      equality: (past, current) =>
        past.chart === current.chart && past.ruleSettings === current.ruleSettings,
      limit: 500,
    },
  ),
);
