import type { RevisionSummary } from '@orgwise/contract';
import { useCallback, useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { listRevisions, restoreRevision } from '../../session/revision-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime } from '../../ui/date-formats.js';
import { Modal } from '../../ui/Modal.js';
import { messages } from './messages.js';

/** The saved versions of the open option, newest first, each restorable. */
export function RevisionsDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const currentId = useSession((state) => state.currentId);
  const current = useSession((state) => state.scenarios.find((s) => s.id === state.currentId));
  const busy = useSession((state) => state.busy);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(
    async (before?: number) => {
      if (currentId === null) return;
      setLoading(true);
      const result = await listRevisions(session, currentId, before);
      setLoading(false);
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setRevisions((shown) =>
        before === undefined ? result.value.revisions : [...shown, ...result.value.revisions],
      );
      setNextBefore(result.value.nextBefore);
    },
    [currentId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  if (current === undefined) return null;
  const latest = revisions[0]?.version;

  return (
    <Modal
      className="persist-dialog"
      title={t('versionsTitle', { name: current.name })}
      testId="revisions-dialog"
      onCancel={onClose}
    >
      <p className="persist-text">{t('versionsIntro')}</p>
      {error !== null && (
        <p className="persist-error" role="alert">
          {t('versionsNotLoaded', { reason: error })}
        </p>
      )}
      <ol className="revision-list" aria-busy={loading}>
        {revisions.map((revision) => (
          <li
            key={revision.version}
            className="revision"
            data-testid="revision"
            data-version={revision.version}
          >
            <div className="revision-text">
              <span className="revision-title">
                {t('version', {
                  version: revision.version,
                  current: revision.version === latest ? 'yes' : 'no',
                })}
              </span>
              <span className="muted small">
                {t('versionLine', {
                  when: dateAndTime.format(new Date(revision.createdAt)),
                  kind: revision.kind,
                  from: revision.restoredFrom ?? '?',
                  count: revision.positionCount,
                  renamed: revision.name !== current.name ? revision.name : 'none',
                })}
              </span>
            </div>
            <button
              type="button"
              className="button button--small"
              disabled={revision.version === latest || busy !== null}
              onClick={async () => {
                if (await restoreRevision(session, revision.version)) onClose();
              }}
              data-testid="revision-restore"
            >
              {t('restore')}
            </button>
          </li>
        ))}
      </ol>
      {loading && <p className="muted small">{t('loading')}</p>}
      <div className="persist-actions">
        {nextBefore !== null && (
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => void load(nextBefore)}
          >
            {t('older')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
