import type { Scenario } from '@orgwise/contract';
import { nextOptionName } from '@orgwise/editor';
import { translate } from '../i18n/translate.js';
import { messages } from './messages.js';
import { notSavedReason, type SessionContext } from './session-context.js';

// The options (scenarios) of a workspace: switch, duplicate, rename, describe, reorder, delete and
// bring back. Each action that needs the server says what it is doing (busy) and, when it cannot
// go ahead, why, in words for the user. Switching opens the other option with a fresh undo
// history: each option's history of saves is in its revisions.

const MAX_NAME = 200;

/**
 * The next free option name in the language of `word` ("Scenarie C"): @orgwise/editor's
 * nextOptionName counts "Option A", "Option B", …, so names in the word are read as its own.
 */
function localOptionName(existing: readonly string[], word: string): string {
  const prefix = `${word.toLowerCase()} `;
  const asEnglish = existing.map((name) =>
    name.toLowerCase().startsWith(prefix) ? `Option ${name.slice(prefix.length)}` : name,
  );
  return nextOptionName(asEnglish).replace(/^Option /, `${word} `);
}

/**
 * Saves the open option first; false (with the reason shown) when that did not work. `action` is
 * what waits for it, on the option named `target`.
 */
async function currentSaved(
  ctx: SessionContext,
  action: 'open' | 'create' | 'bringBack',
  target = '',
): Promise<boolean> {
  const status = await ctx.flushCurrent();
  if (status === 'saved') return true;
  const t = translate(messages);
  const { currentId } = ctx.store.getState();
  const name = (currentId === null ? undefined : ctx.summary(currentId)?.name) ?? t('thisOption');
  ctx.notify(t('notSavedFirst', { action, target, name, reason: notSavedReason(status) }), 'error');
  return false;
}

export async function switchScenario(ctx: SessionContext, scenarioId: string): Promise<void> {
  const { currentId } = ctx.store.getState();
  const target = ctx.summary(scenarioId);
  if (scenarioId === currentId || target === undefined) return;
  const t = translate(messages);
  await ctx.busy(t('opening', { name: target.name }), async () => {
    if (!(await currentSaved(ctx, 'open', target.name))) return;
    const result = await ctx.api.getScenario({ workspaceId: ctx.workspaceId(), scenarioId });
    if (!result.ok) {
      if (result.error.kind === 'not-found') {
        ctx.removeSummary(scenarioId);
        ctx.dropScenarioQueue(scenarioId);
        ctx.notify(t('deletedElsewhere', { name: target.name }), 'error');
      } else {
        ctx.notify(t('notOpened', { name: target.name, reason: result.error.message }), 'error');
      }
      return;
    }
    ctx.show(result.value);
    void ctx.refreshScenarios();
  });
}

/** Creates a new option as a copy of the open one, and opens it. Returns its id. */
export async function duplicateScenario(ctx: SessionContext): Promise<string | undefined> {
  const { currentId, scenarios } = ctx.store.getState();
  if (currentId === null) return undefined;
  const source = ctx.summary(currentId);
  if (source === undefined) return undefined;
  const t = translate(messages);
  const created = await ctx.busy(t('creating'), async () => {
    if (!(await currentSaved(ctx, 'create'))) return undefined;
    const name = localOptionName(
      scenarios.map((s) => s.name),
      t('optionWord'),
    );
    const result = await ctx.api.createScenario({
      workspaceId: ctx.workspaceId(),
      body: {
        duplicateOf: currentId,
        version: ctx.scenarioQueue(currentId).version,
        name,
      },
    });
    if (!result.ok) {
      ctx.notify(t('notCreated', { reason: result.error.message }), 'error');
      return undefined;
    }
    ctx.addSummary(result.value);
    ctx.show(result.value);
    ctx.notify(t('created', { name, source: source.name }));
    return result.value.id;
  });
  return created ?? undefined;
}

/** Renames an option; an empty name is refused (false) and the old one kept. */
export function renameScenario(ctx: SessionContext, scenarioId: string, name: string): boolean {
  const trimmed = name.trim().slice(0, MAX_NAME);
  const summary = ctx.summary(scenarioId);
  if (summary === undefined) return false;
  if (trimmed === '') {
    ctx.notify(translate(messages)('needsName'), 'error');
    return false;
  }
  if (trimmed === summary.name) return true;
  ctx.updateSummary(scenarioId, { name: trimmed });
  const queue = ctx.scenarioQueue(scenarioId);
  queue.change({ name: trimmed });
  void queue.flush();
  return true;
}

/** The option's rationale; saved after a pause in typing, like the chart. */
export function describeScenario(
  ctx: SessionContext,
  scenarioId: string,
  description: string,
): void {
  const summary = ctx.summary(scenarioId);
  if (summary === undefined || summary.description === description) return;
  ctx.updateSummary(scenarioId, { description });
  ctx.scenarioQueue(scenarioId).change({ description });
}

/** Moves an option `delta` places in the order (−1: left, +1: right), saved with the workspace. */
export function moveScenario(ctx: SessionContext, scenarioId: string, delta: number): boolean {
  const scenarios = [...ctx.store.getState().scenarios];
  const from = scenarios.findIndex((s) => s.id === scenarioId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= scenarios.length || delta === 0) return false;
  const [moved] = scenarios.splice(from, 1);
  scenarios.splice(to, 0, moved!);
  ctx.store.setState({ scenarios: scenarios.map((s, position) => ({ ...s, position })) });
  const queue = ctx.workspaceQueue();
  queue.change({ order: true });
  void queue.flush();
  return true;
}

/** What bringing an option back needs: the server keeps the rest. */
export interface DeletedOption {
  id: string;
  name: string;
  version: number;
}

/** Deletes an option (never the last one); the notice offers to bring it back. */
export async function deleteScenario(ctx: SessionContext, scenarioId: string): Promise<boolean> {
  const { scenarios, currentId } = ctx.store.getState();
  const target = ctx.summary(scenarioId);
  if (target === undefined) return false;
  const t = translate(messages);
  if (scenarios.length <= 1) {
    ctx.notify(t('keepsOne'), 'error');
    return false;
  }
  const name = target.name;
  const done = await ctx.busy(t('deleting', { name }), async () => {
    const wasCurrent = scenarioId === currentId;
    const queue = ctx.scenarioQueue(scenarioId);
    const status = await queue.flush();
    if (status !== 'saved') {
      ctx.notify(t('notDeleted', { name, reason: `${notSavedReason(status)}.` }), 'error');
      return false;
    }
    const index = scenarios.findIndex((s) => s.id === scenarioId);
    const workspaceId = ctx.workspaceId();

    // For the open option, the one to show instead, read before deleting so that a failure
    // leaves everything as it was.
    let next: Scenario | undefined;
    if (wasCurrent) {
      const neighbour = scenarios[index + 1] ?? scenarios[index - 1]!;
      const opened = await ctx.api.getScenario({ workspaceId, scenarioId: neighbour.id });
      if (!opened.ok) {
        ctx.notify(t('notDeleted', { name, reason: opened.error.message }), 'error');
        return false;
      }
      next = opened.value;
    }

    const result = await ctx.api.deleteScenario({
      workspaceId,
      scenarioId,
      ifMatch: queue.version,
    });
    if (!result.ok && result.error.kind !== 'not-found') {
      ctx.notify(
        result.error.kind === 'conflict'
          ? t('notDeletedChanged', { name })
          : t('notDeleted', { name, reason: result.error.message }),
        'error',
      );
      return false;
    }
    ctx.removeSummary(scenarioId);
    ctx.dropScenarioQueue(scenarioId);
    if (next !== undefined) ctx.show(next);
    if (!result.ok) {
      // Someone deleted it first, perhaps after saving more: their version is the one kept.
      ctx.notify(t('deletedAlready', { name }));
      return true;
    }
    const deleted = { id: scenarioId, name: target.name, version: queue.version };
    ctx.notify(t('deleted', { name }), 'info', {
      label: t('undo'),
      run: () => void restoreDeletedOption(ctx, deleted, { open: wasCurrent }),
    });
    return true;
  });
  return done ?? false;
}

/** The workspace's options deleted in the last 30 days, the latest first. */
export function listDeletedOptions(ctx: SessionContext) {
  return ctx.api.listDeletedScenarios({ workspaceId: ctx.workspaceId() });
}

/**
 * Brings a deleted option back whole (its id, saved versions and place in the order) and, with
 * `open`, shows it. True when it worked.
 */
export async function restoreDeletedOption(
  ctx: SessionContext,
  deleted: DeletedOption,
  { open }: { open: boolean },
): Promise<boolean> {
  const t = translate(messages);
  const name = deleted.name;
  const done = await ctx.busy(t('bringingBack', { name }), async () => {
    if (open && !(await currentSaved(ctx, 'bringBack', name))) return false;
    const result = await ctx.api.restoreDeletedScenario({
      workspaceId: ctx.workspaceId(),
      scenarioId: deleted.id,
      ifMatch: deleted.version,
    });
    if (!result.ok) {
      const { error } = result;
      if (error.kind === 'problem' && error.status === 409) {
        // Another tab, or a colleague, brought it back first.
        await ctx.refreshScenarios();
        const opened = open
          ? await ctx.api.getScenario({ workspaceId: ctx.workspaceId(), scenarioId: deleted.id })
          : null;
        if (opened?.ok) ctx.show(opened.value);
        ctx.notify(t('backAlready', { name }));
        return true;
      }
      ctx.notify(
        error.kind === 'not-found'
          ? t('notBroughtBackErased', { name })
          : t('notBroughtBack', { name, reason: error.message }),
        'error',
      );
      return false;
    }
    ctx.addSummary(result.value);
    // Its place in the order is on the server.
    await ctx.refreshScenarios();
    if (open) ctx.show(result.value);
    ctx.notify(t('broughtBack', { name }));
    return true;
  });
  return done ?? false;
}
