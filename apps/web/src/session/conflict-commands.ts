import type { Scenario, Workspace } from '@orgwise/contract';
import { parseRuleSettings, type RuleSettings } from '@orgwise/domain';
import type { SessionContext } from './session-context.js';

// The user's answers to "someone else saved first" (and "it was deleted meanwhile"). Nothing is
// ever overwritten without their say: they load the other version (theirs replaces mine, which
// stays downloadable), keep theirs and save mine as a new option, or keep mine (which replaces
// theirs; theirs stays in the option's saved history, so even that can be undone).

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
    ctx.notify(
      'Loaded the workspace’s name, details, rules and order of options as saved elsewhere.',
    );
    return;
  }

  const { scenarioId } = conflict.target;
  const mine = myVersion(ctx);
  const downloadAction =
    mine === undefined
      ? undefined
      : { label: 'Download my version', run: () => ctx.download(mine.chart, mine.name) };
  const queue = ctx.scenarioQueue(scenarioId);
  const wasCurrent = scenarioId === ctx.store.getState().currentId;

  if (conflict.kind === 'gone') {
    queue.takeTheirs();
    ctx.removeSummary(scenarioId);
    ctx.dropScenarioQueue(scenarioId);
    if (wasCurrent) await openAnother(ctx);
    ctx.notify(
      `Discarded your changes to “${conflict.name}”, which was deleted elsewhere.`,
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
  ctx.notify(`Loaded their version of “${conflict.name}”.`, 'info', downloadAction);
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
  else ctx.notify(`Could not open “${first.name}”: ${result.error.message}`, 'error');
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
  const name = `${summary.name} (your version)`.slice(0, 200);

  await ctx.busy('Saving your version as a new option…', async () => {
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
      ctx.notify(`Could not save your version as a new option: ${result.error.message}`, 'error');
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
    const kept =
      conflict.kind === 'gone'
        ? `“${conflict.name}” was deleted elsewhere.`
        : `“${conflict.name}” keeps their version.`;
    ctx.notify(`Saved your version as “${name}”. ${kept}`);
  });
}
