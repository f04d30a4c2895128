import type { Chart, Company, PatchOp, RuleSetting, RuleSettings } from '@orgwise/domain';
import {
  applyEdit,
  changeRuleSettings,
  checkMove,
  copyTeam,
  type DroppedOp,
  type EditorDocument,
  emptyChart,
  type History,
  type LocalOrigin,
  labelOf,
  mergeRemote,
  newPosition,
  openDocument,
  type PositionTemplate,
  pasteTeamPatch,
  type RemoteChange,
  redo,
  replaceChart,
  settingIssues,
  type TeamClipboard,
  type UndoResult,
  undo,
} from '@orgwise/editor';
import { autoCollapse, buildForest, type Direction } from '@orgwise/layout';
import { create } from 'zustand';
import { translate } from '../i18n/translate.js';
import { messages } from './messages.js';

// The editor's single store: a thin zustand adapter over @orgwise/editor's document, whose edits
// are patches recorded with their origin and undone by their inverse patches. The rest (selection,
// collapsed teams, layout direction, status line, clipboard) is view state and never enters the
// history.
//
// Errors: `applyPatch` throws the domain's PatchError (leaving the chart untouched) when an
// operation cannot apply, because its callers hold the user's input (import, paste) and can show
// the message where it belongs. Editor gestures that can be refused for a reason the user should
// read (a move that would make a loop) go through actions that report it in `status` instead.

export { emptyChart };

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
  /** Who made the edit, recorded with the undo step: the user by default, 'fix' for a finding's. */
  origin?: LocalOrigin;
}

export interface EditorState {
  // Document (undoable).
  chart: Chart;
  /** ESLint-shaped rule settings, always valid (checked with parseRuleSettings on the way in). */
  ruleSettings: RuleSettings;
  /** The undo and redo steps, as patches (see @orgwise/editor). */
  history: History;

  // View state.
  selectedId: string | null;
  /** Positions (by id) whose team is folded away. */
  collapsed: Readonly<Record<string, true>>;
  direction: Direction;
  status: StatusMessage | null;
  clipboard: TeamClipboard | null;
  /**
   * Asks the canvas to bring a position into view: `center` it (a finding's position), `focus`
   * its card for the keyboard (scrolling only when it is off screen), or `keep` it in view after
   * an edit (panning only as far as needed); `seq` changes with every request.
   */
  centerRequest: { id: string; seq: number; mode: 'center' | 'focus' | 'keep' } | null;
  /** Increases when a whole new chart arrives, so the canvas fits it into view. */
  fitRequest: number;
  /** The chain from a found position up to its top (ids), marked on the chart; null when none. */
  foundChain: Readonly<Record<string, true>> | null;

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
  /** Drops a position's hand-chosen roles so they are recognised from its title again. */
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
  /** Rule settings saved elsewhere (a conflict resolved): taken in without an undo step. */
  receiveRuleSettings: (settings: RuleSettings) => void;
  /**
   * Someone else's saved change, merged under the local edits without an undo step (the undo and
   * redo steps are rebased on it). Returns the local edits left out, with their reasons.
   */
  mergeRemote: (change: RemoteChange) => DroppedOp[];

  // View actions.
  select: (id: string | null) => void;
  /** Selects a position, unfolds the teams above it and asks the canvas to centre it. */
  reveal: (id: string) => void;
  /**
   * A position found by search: revealed (teams above it unfolded), selected and centred, with
   * its chain of managers up to the top marked until the selection moves on.
   */
  find: (id: string) => void;
  /** Shows the top `levels` levels of the chart: the teams below them folded, those above open. */
  showLevels: (levels: number) => void;
  /** Selects a position and moves keyboard focus to its card (arrow-key navigation). */
  focusPosition: (id: string) => void;
  /** Asks the canvas to keep a position that just changed (added, moved, fixed) in view. */
  keepInView: (id: string) => void;
  toggleCollapsed: (id: string) => void;
  expandAll: () => void;
  setDirection: (direction: Direction) => void;
  notify: (text: string, tone?: StatusMessage['tone']) => void;
}

let statusSeq = 0;
let centerSeq = 0;

function initialCollapsed(chart: Chart): Record<string, true> {
  const forest = buildForest(chart);
  const collapsed: Record<string, true> = {};
  for (const index of autoCollapse(forest)) collapsed[forest.keys[index]!] = true;
  return collapsed;
}

export const useEditor = create<EditorState>()((set, get) => {
  const documentOf = (state: EditorState): EditorDocument => ({
    chart: state.chart,
    ruleSettings: state.ruleSettings,
    history: state.history,
  });
  /** Puts the core's next document in the store. */
  const commit = (next: EditorDocument) =>
    set({ chart: next.chart, ruleSettings: next.ruleSettings, history: next.history });
  /** Applies patch operations as one undo step; throws PatchError, leaving the chart as it was. */
  const edit = (ops: readonly PatchOp[], options?: EditOptions) =>
    commit(applyEdit(documentOf(get()), ops, options));
  /** An undo or redo; parts that no longer apply (removed elsewhere) are said in the status line. */
  const step = ({ document, dropped }: UndoResult) => {
    commit(document);
    // What the status line said ("Applied …, undo with Ctrl+Z") is about the step just undone.
    set({ status: null });
    if (dropped.length > 0)
      get().notify(translate(messages)('stepDropped', { reason: dropped[0]!.reason }), 'error');
  };

  return {
    chart: emptyChart,
    ruleSettings: {},
    history: openDocument().history,
    selectedId: null,
    collapsed: {},
    direction: 'TB',
    status: null,
    clipboard: null,
    centerRequest: null,
    fitRequest: 0,
    foundChain: null,

    applyPatch: (ops, options) => edit(ops, options),

    replaceChart: (chart) => {
      commit(replaceChart(documentOf(get()), chart, { origin: 'import' }));
      set({
        selectedId: null,
        collapsed: initialCollapsed(chart),
        fitRequest: get().fitRequest + 1,
      });
    },

    updateCompany: (changes, options) => {
      const fields = Object.fromEntries(
        Object.entries(changes).map(([field, value]) => [
          field,
          value === undefined ? null : value,
        ]),
      );
      edit([{ op: 'updateCompany', changes: fields }], options);
    },

    setRuleSetting: (ruleId, setting) => {
      const ruleSettings: RuleSettings = { ...get().ruleSettings };
      if (setting === undefined) delete ruleSettings[ruleId];
      else ruleSettings[ruleId] = setting;
      return get().setRuleSettings(ruleSettings);
    },

    setRuleSettings: (ruleSettings) => {
      const issues = settingIssues(ruleSettings);
      if (issues.length === 0) commit(changeRuleSettings(documentOf(get()), ruleSettings));
      return issues;
    },

    addPosition: (template, managerId) => {
      const { chart } = get();
      const manager =
        managerId !== null && chart.positions.some((p) => p.id === managerId) ? managerId : null;
      const position = newPosition(chart, template, manager);
      edit([{ op: 'addPosition', position }]);
      const collapsed = { ...get().collapsed };
      if (manager !== null) delete collapsed[manager];
      set({ selectedId: position.id, collapsed });
      get().keepInView(position.id);
      const said = labelOf(position, position.id);
      get().notify(
        manager === null
          ? translate(messages)('addedTop', { position: said })
          : translate(messages)('addedUnder', {
              position: said,
              manager: labelOf(
                chart.positions.find((p) => p.id === manager),
                manager,
              ),
            }),
      );
      return position.id;
    },

    movePosition: (positionId, managerId) => {
      const check = checkMove(get().chart, positionId, managerId);
      if (!check.ok) {
        get().notify(check.reason, 'error');
        return false;
      }
      edit(check.patch);
      const collapsed = { ...get().collapsed };
      if (managerId !== null) delete collapsed[managerId];
      set({ collapsed });
      get().keepInView(positionId);
      const chart = get().chart;
      const moved = chart.positions.find((p) => p.id === positionId);
      const manager =
        managerId === null ? undefined : chart.positions.find((p) => p.id === managerId);
      get().notify(
        managerId === null
          ? translate(messages)('movedTop', { position: labelOf(moved, positionId) })
          : translate(messages)('moved', {
              position: labelOf(moved, positionId),
              manager: labelOf(manager, managerId),
            }),
      );
      return true;
    },

    resetRoles: (positionId) => {
      const position = get().chart.positions.find((p) => p.id === positionId);
      if (position === undefined || position.roles === undefined) return;
      edit([{ op: 'resetRoles', positionId }]);
    },

    removePosition: (positionId) => {
      const { chart, selectedId } = get();
      const position = chart.positions.find((p) => p.id === positionId);
      if (position === undefined) return;
      edit([{ op: 'removePosition', positionId }]);
      const manager = position.reportsTo ?? null;
      const managerExists = manager !== null && get().chart.positions.some((p) => p.id === manager);
      set({
        selectedId: selectedId === positionId ? (managerExists ? manager : null) : selectedId,
      });
      get().notify(
        managerExists
          ? translate(messages)('removed', {
              position: labelOf(position, positionId),
              manager: labelOf(
                chart.positions.find((p) => p.id === manager),
                manager!,
              ),
            })
          : translate(messages)('removedTop', { position: labelOf(position, positionId) }),
      );
    },

    copyPosition: (positionId) => {
      const clipboard = copyTeam(get().chart, positionId);
      if (clipboard === undefined) return;
      set({ clipboard });
      const others = clipboard.positions.length - 1;
      get().notify(
        translate(messages)('copied', {
          position: labelOf(clipboard.positions[0], positionId),
          others,
        }),
      );
    },

    paste: (managerId) => {
      const { clipboard, chart } = get();
      if (clipboard === null) {
        get().notify(translate(messages)('nothingToPaste'), 'error');
        return;
      }
      const manager =
        managerId !== null && chart.positions.some((p) => p.id === managerId) ? managerId : null;
      const { patch, headId } = pasteTeamPatch(chart, clipboard, manager);
      edit(patch);
      const collapsed = { ...get().collapsed };
      if (manager !== null) delete collapsed[manager];
      set({ selectedId: headId, collapsed });
      get().keepInView(headId);
      get().notify(translate(messages)('pasted', { count: clipboard.positions.length }));
    },

    undo: () => step(undo(documentOf(get()))),

    redo: () => step(redo(documentOf(get()))),

    loadDocument: ({ chart, ruleSettings }) => {
      const issues = settingIssues(ruleSettings ?? {}, true);
      commit(openDocument(chart, issues.length === 0 ? (ruleSettings ?? {}) : {}));
      set({
        selectedId: null,
        collapsed: initialCollapsed(chart),
        fitRequest: get().fitRequest + 1,
      });
      if (issues.length > 0) {
        get().notify(translate(messages)('settingsReset', { issues: issues.join('; ') }), 'error');
      }
    },

    receiveRuleSettings: (ruleSettings) => set({ ruleSettings }),

    mergeRemote: (change) => {
      const { document, dropped } = mergeRemote(documentOf(get()), change);
      commit(document);
      const { selectedId } = get();
      if (selectedId !== null && !document.chart.positions.some((p) => p.id === selectedId))
        set({ selectedId: null });
      return dropped;
    },

    select: (selectedId) => {
      if (get().selectedId !== selectedId) set({ selectedId, foundChain: null });
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
      set({ selectedId: id, collapsed, centerRequest: { id, seq: ++centerSeq, mode: 'center' } });
    },

    find: (id) => {
      get().reveal(id);
      const byId = new Map(get().chart.positions.map((p) => [p.id, p] as const));
      const foundChain: Record<string, true> = {};
      // The visited set stops the walk on a reporting loop.
      for (let at: string | null | undefined = id; at != null && !foundChain[at]; ) {
        foundChain[at] = true;
        at = byId.get(at)?.reportsTo;
      }
      set({ foundChain });
    },

    showLevels: (levels) => {
      const forest = buildForest(get().chart);
      const collapsed: Record<string, true> = {};
      for (let i = 0; i < forest.size; i++) {
        if (forest.depth[i] === levels - 1 && forest.children[i]!.length > 0)
          collapsed[forest.keys[i]!] = true;
      }
      set({ collapsed, fitRequest: get().fitRequest + 1 });
    },

    focusPosition: (id) =>
      set({ selectedId: id, centerRequest: { id, seq: ++centerSeq, mode: 'focus' } }),

    keepInView: (id) => set({ centerRequest: { id, seq: ++centerSeq, mode: 'keep' } }),

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
});
