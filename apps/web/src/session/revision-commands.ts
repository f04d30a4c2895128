import { translate } from '../i18n/translate.js';
import type { SessionApi } from './api-client.js';
import { messages } from './messages.js';
import { notSavedReason, type SessionContext } from './session-context.js';

// The saved history of the open option: every save is a revision on the server (thinned with
// age). Restoring one saves it again as the newest revision, so a restore never loses anything and
// can itself be undone by restoring the revision before it.

export const REVISIONS_PER_PAGE = 50;

export function listRevisions(
  ctx: SessionContext,
  scenarioId: string,
  before?: number,
): ReturnType<SessionApi['listRevisions']> {
  return ctx.api.listRevisions({
    workspaceId: ctx.workspaceId(),
    scenarioId,
    query: {
      limit: REVISIONS_PER_PAGE,
      ...(before === undefined ? {} : { before }),
    },
  });
}

/** Restores revision `version` of the open option and shows it. True when it worked. */
export async function restoreRevision(ctx: SessionContext, version: number): Promise<boolean> {
  const { currentId } = ctx.store.getState();
  if (currentId === null) return false;
  const t = translate(messages);
  const name = ctx.summary(currentId)?.name ?? t('thisOption');
  const restored = await ctx.busy(t('restoring', { version, name }), async () => {
    const queue = ctx.scenarioQueue(currentId);
    const status = await queue.flush();
    if (status !== 'saved') {
      ctx.notify(t('notRestoredUnsaved', { name, reason: notSavedReason(status) }), 'error');
      return false;
    }
    const result = await ctx.api.restoreRevision({
      workspaceId: ctx.workspaceId(),
      scenarioId: currentId,
      version,
      ifMatch: queue.version,
    });
    if (!result.ok) {
      ctx.notify(
        result.error.kind === 'conflict'
          ? t('notRestoredChanged', { version, name })
          : t('notRestored', { version, name, reason: result.error.message }),
        'error',
      );
      return false;
    }
    ctx.show(result.value);
    ctx.notify(t('restored', { version, name, saved: result.value.version }));
    return true;
  });
  return restored ?? false;
}
