import type { Scenario, Workspace } from '@orgwise/contract';
import { type Chart, type PatchOp, parseRuleSettings, type RuleSettings } from '@orgwise/domain';
import { type DroppedOp, labelOf, patchBetween } from '@orgwise/editor';
import { type Translate, translate } from '../i18n/translate.js';
import { messages } from './messages.js';
import type { SessionContext } from './session-context.js';

// The user's answers to "someone else saved first" (and "it was deleted meanwhile"). Nothing is
// ever overwritten without their say: they combine both (their saved change merged under my
// edits, which stay undoable), load the other version (theirs replaces mine, which stays
// downloadable), keep theirs and save mine as a new option, or keep mine (which replaces theirs;
// theirs stays in the option's saved history, so even that can be undone).

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isScenario(value: unknown): value is Scenario {
  return isRecord(value) && typeof value.id === 'string' && isRecord(value.chart);
}

function isWorkspace(value: unknown): value is Workspace {
  return isRecord(value) && typeof value.id === 'string' && isRecord(value.rules);
}

/** Rule settings from the server, put in the editor without an undo step and without saving back. */
function applyRemoteRules(ctx: SessionContext, rules: RuleSettings): void {
  if (!parseRuleSettings(rules).ok) return;
  ctx.applyRemote(() => ctx.editor.getState().receiveRuleSettings(rules));
}

/** The chart the user would lose, for the download offered alongside the choice. */
export function myVersion(ctx: SessionContext) {
  const conflict = ctx.store.getState().conflict;
  if (conflict === null || conflict.target.kind !== 'scenario') return undefined;
  const { scenarioId } = conflict.target;
  const chart =
    scenarioId === ctx.store.getState().currentId
      ? ctx.editor.getState().chart
      : ctx.scenarioQueue(scenarioId).unsaved()?.chart;
  return chart === undefined ? undefined : { chart, name: conflict.name };
}

export function downloadMine(ctx: SessionContext): void {
  const mine = myVersion(ctx);
  if (mine !== undefined) ctx.download(mine.chart, mine.name);
}

/** Theirs wins: their version is loaded and my unsaved changes are dropped (still downloadable). */
export async function loadTheirs(ctx: SessionContext): Promise<void> {
  const conflict = ctx.store.getState().conflict;
  if (conflict === null) return;

  if (conflict.target.kind === 'workspace') {
    const queue = ctx.workspaceQueue();
    const current = queue.snapshot().conflict?.current;
    queue.takeTheirs();
    if (isWorkspace(current)) {
      ctx.store.setState({ workspace: current });
      applyRemoteRules(ctx, current.rules);
    }
    await ctx.refreshScenarios();
    ctx.notify(translate(messages)('workspaceLoaded'));
    return;
  }

  const { scenarioId } = conflict.target;
  const mine = myVersion(ctx);
  const downloadAction =
    mine === undefined
      ? undefined
      : {
          label: translate(messages)('downloadMine'),
          run: () => ctx.download(mine.chart, mine.name),
        };
  const queue = ctx.scenarioQueue(scenarioId);
  const wasCurrent = scenarioId === ctx.store.getState().currentId;

  if (conflict.kind === 'gone') {
    queue.takeTheirs();
    ctx.removeSummary(scenarioId);
    ctx.dropScenarioQueue(scenarioId);
    if (wasCurrent) await openAnother(ctx);
    ctx.notify(
      translate(messages)('discardedGone', { name: conflict.name }),
      'info',
      downloadAction,
    );
    return;
  }

  const current = queue.snapshot().conflict?.current;
  queue.takeTheirs();
  if (isScenario(current)) {
    if (wasCurrent) ctx.show(current);
    else {
      ctx.updateSummary(scenarioId, {
        name: current.name,
        description: current.description,
        version: current.version,
        positionCount: current.chart.positions.length,
      });
    }
  }
  ctx.notify(translate(messages)('loadedTheirs', { name: conflict.name }), 'info', downloadAction);
}

/** After the open option disappeared: open the first remaining one. */
async function openAnother(ctx: SessionContext): Promise<void> {
  ctx.store.setState({ currentId: null });
  const first = ctx.store.getState().scenarios[0];
  if (first === undefined) return;
  const result = await ctx.api.getScenario({
    workspaceId: ctx.workspaceId(),
    scenarioId: first.id,
  });
  if (result.ok) ctx.show(result.value);
  else
    ctx.notify(
      translate(messages)('notOpened', { name: first.name, reason: result.error.message }),
      'error',
    );
}

/** Mine wins: saved over theirs, based on their version. */
export async function keepMine(ctx: SessionContext): Promise<void> {
  const conflict = ctx.store.getState().conflict;
  if (conflict === null || conflict.kind !== 'conflict') return;
  if (conflict.target.kind === 'workspace') {
    const workspace = ctx.store.getState().workspace;
    if (workspace === null) return;
    await ctx.workspaceQueue().keepMine({
      name: workspace.name,
      client: workspace.client,
      notes: workspace.notes,
      sharedNotes: workspace.sharedNotes,
      rules: ctx.editor.getState().ruleSettings,
    });
    return;
  }
  const { scenarioId } = conflict.target;
  const summary = ctx.summary(scenarioId);
  if (summary === undefined) return;
  // All of mine, not only what changed since: otherwise their chart could stay under my name.
  const isCurrent = scenarioId === ctx.store.getState().currentId;
  await ctx.scenarioQueue(scenarioId).keepMine({
    name: summary.name,
    description: summary.description,
    ...(isCurrent ? { chart: ctx.editor.getState().chart } : {}),
  });
}

/**
 * Both win: the option keeps their version, and mine (the chart in the editor) becomes a new
 * option, "<name> (your version)", which stays open with its undo history.
 */
export async function saveMineAsOption(ctx: SessionContext): Promise<void> {
  const conflict = ctx.store.getState().conflict;
  if (conflict === null || conflict.target.kind !== 'scenario') return;
  const { scenarioId } = conflict.target;
  if (scenarioId !== ctx.store.getState().currentId) return;
  const summary = ctx.summary(scenarioId);
  if (summary === undefined) return;
  const t = translate(messages);
  const name = t('yourVersion', { name: summary.name }).slice(0, 200);

  await ctx.busy(t('savingMine'), async () => {
    const chart = ctx.editor.getState().chart;
    const result = await ctx.api.createScenario({
      workspaceId: ctx.workspaceId(),
      body: {
        name,
        description: summary.description,
        chart,
        derivedFrom: conflict.kind === 'gone' ? null : scenarioId,
      },
    });
    if (!result.ok) {
      ctx.notify(t('mineNotSaved', { reason: result.error.message }), 'error');
      return;
    }
    const queue = ctx.scenarioQueue(scenarioId);
    const theirs = queue.snapshot().conflict?.current;
    queue.takeTheirs();
    if (conflict.kind === 'gone') {
      ctx.removeSummary(scenarioId);
      ctx.dropScenarioQueue(scenarioId);
    } else if (isScenario(theirs)) {
      ctx.updateSummary(scenarioId, {
        name: theirs.name,
        description: theirs.description,
        version: theirs.version,
        positionCount: theirs.chart.positions.length,
      });
    }
    ctx.addSummary(result.value);
    ctx.adopt(result.value);
    // Edits made while the new option was being created belong to it.
    const latest = ctx.editor.getState().chart;
    if (latest !== chart) ctx.scenarioQueue(result.value.id).change({ chart: latest });
    ctx.notify(
      t('savedMine', {
        name,
        original: conflict.name,
        gone: conflict.kind === 'gone' ? 'yes' : 'no',
      }),
    );
  });
}

/** Whether "Combine both" can be offered for the conflict shown, and what it merges. */
export type CombineCheck =
  | { ok: true; scenarioId: string; base: Chart; patch: PatchOp[]; theirs: Scenario }
  | { ok: false; reason: string };

/**
 * Combining needs the chart my edits started from (the version the option was at when I opened or
 * last saved it) and their change as a patch of it; the editor holds my edits only for the open
 * option.
 */
export function combineCheck(ctx: SessionContext): CombineCheck {
  const conflict = ctx.store.getState().conflict;
  if (conflict === null || conflict.kind !== 'conflict' || conflict.target.kind !== 'scenario')
    return { ok: false, reason: translate(messages)('combineOnlyOption') };
  const { scenarioId } = conflict.target;
  if (scenarioId !== ctx.store.getState().currentId)
    return { ok: false, reason: translate(messages)('combineOpenIt') };
  const queue = ctx.scenarioQueue(scenarioId);
  const theirs = queue.snapshot().conflict?.current;
  if (!isScenario(theirs))
    return {
      ok: false,
      reason: translate(messages)('combineNoTheirs'),
    };
  const base = ctx.savedChart(scenarioId, queue.version);
  if (base === undefined) {
    return {
      ok: false,
      reason: translate(messages)('combineNoBase'),
    };
  }
  const patch = patchBetween(base, theirs.chart);
  if (patch === undefined) {
    return {
      ok: false,
      reason: translate(messages)('combineWhole'),
    };
  }
  return { ok: true, scenarioId, base, patch, theirs };
}

const fieldKeys = {
  title: 'field.title',
  holder: 'field.holder',
  vacant: 'field.vacant',
  interim: 'field.interim',
  scope: 'field.scope',
} as const;

type LeftOutData = { what: string; position?: string; target?: string; fields?: string };

/** One left-out edit of mine, as the data of the `leftOut` message ("your change to the title of “CFO”"). */
function describeOp(
  op: PatchOp,
  chart: Chart,
  t: Translate<keyof typeof messages.en>,
): LeftOutData {
  const label = (id: string) =>
    labelOf(
      chart.positions.find((p) => p.id === id),
      id,
    );
  switch (op.op) {
    case 'updatePosition': {
      const fields = Object.keys(op.changes).map((field) =>
        field in fieldKeys ? t(fieldKeys[field as keyof typeof fieldKeys]) : field,
      );
      const list = t.intl.formatList(fields, { type: 'conjunction' });
      return { what: 'update', fields: list, position: label(op.positionId) };
    }
    case 'setReportsTo':
      return { what: 'move', position: label(op.positionId) };
    case 'setRoles':
    case 'resetRoles':
      return { what: 'roles', position: label(op.positionId) };
    case 'addPosition':
      return { what: 'add', position: labelOf(op.position, op.position.id) };
    case 'removePosition':
      return { what: 'remove', position: label(op.positionId) };
    case 'replacePosition':
      return { what: 'replace', position: label(op.position.id) };
    case 'addDottedLine':
      return { what: 'dotted', position: label(op.from), target: label(op.to) };
    case 'removeDottedLine':
      return { what: 'undotted', position: label(op.from), target: label(op.to) };
    case 'updateCompany':
      return { what: 'company' };
    default:
      return { what: 'other' };
  }
}

/** What combining left out of my edits, in words, for the status line; empty when nothing. */
export function describeDropped(dropped: readonly DroppedOp[], chart: Chart): string {
  if (dropped.length === 0) return '';
  const t = translate(messages);
  const listed = dropped
    .slice(0, 3)
    .map(({ op, reason }) =>
      t('leftOut', { position: '', target: '', fields: '', ...describeOp(op, chart, t), reason }),
    );
  if (dropped.length > 3) listed.push(t('moreLeftOut', { count: dropped.length - 3 }));
  return listed.join(' ');
}

/**
 * Both, mine on top: their saved change is merged into the editor as a remote change (no undo
 * step; my undo and redo steps are rebased on it), and the combined chart is saved as a patch of
 * their version. Where we both changed the same field, theirs stays (it was saved first).
 */
export async function combineBoth(ctx: SessionContext): Promise<void> {
  const check = combineCheck(ctx);
  const conflict = ctx.store.getState().conflict;
  if (!check.ok || conflict === null) return;
  const { scenarioId, base, patch, theirs } = check;
  const queue = ctx.scenarioQueue(scenarioId);
  const unsaved = queue.unsaved();
  let dropped: DroppedOp[] = [];
  ctx.applyRemote(() => {
    dropped = ctx.editor.getState().mergeRemote({ base, patch });
  });
  // Names typed here and not saved yet stay as typed; otherwise the option takes theirs.
  ctx.updateSummary(scenarioId, {
    ...(unsaved?.name === undefined ? { name: theirs.name } : {}),
    ...(unsaved?.description === undefined ? { description: theirs.description } : {}),
  });
  // The next save is a patch of their chart, based on their version.
  ctx.rememberSaved(scenarioId, theirs.version, theirs.chart);
  const status = await queue.keepMine({ chart: ctx.editor.getState().chart });
  const leftOut = describeDropped(dropped, theirs.chart);
  if (status !== 'saved' && status !== 'conflict') {
    ctx.notify(
      [translate(messages)('combinedUnsaved', { name: conflict.name }), leftOut]
        .filter((part) => part !== '')
        .join(' '),
      leftOut === '' ? 'info' : 'error',
    );
    return;
  }
  if (status === 'conflict') return;
  ctx.notify(
    [translate(messages)('combined', { name: conflict.name }), leftOut]
      .filter((part) => part !== '')
      .join(' '),
    leftOut === '' ? 'info' : 'error',
  );
}
