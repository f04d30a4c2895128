import type { RevisionSummary } from '@orgwise/contract';
import { useCallback, useEffect, useState } from 'react';
import { listRevisions, restoreRevision } from '../../session/revision-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime } from '../../ui/date-formats.js';
import { Modal } from '../../ui/Modal.js';

function kindText(revision: RevisionSummary): string {
  if (revision.kind === 'created') return 'created';
  if (revision.kind === 'restored') return `restored version ${revision.restoredFrom ?? '?'}`;
  return 'saved';
}

/** The saved versions of the open option, newest first, each restorable. */
export function RevisionsDialog({ onClose }: { onClose: () => void }) {
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
        setError(`The saved versions could not be loaded: ${result.error.message}`);
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
      title={`Saved versions of “${current.name}”`}
      testId="revisions-dialog"
      onCancel={onClose}
    >
      <p className="persist-text">
        Your last 50 saves are all here; older ones are kept as they were at the end of every 10
        minutes for a day, every hour for a month, then every day. Restoring an earlier version
        saves it again as the newest, so a restore can be undone the same way.
      </p>
      {error !== null && (
        <p className="persist-error" role="alert">
          {error}
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
                Version {revision.version}
                {revision.version === latest ? ' (current)' : ''}
              </span>
              <span className="muted small">
                {dateAndTime.format(new Date(revision.createdAt))} · {kindText(revision)} ·{' '}
                {revision.positionCount} positions
                {revision.name !== current.name ? ` · named “${revision.name}”` : ''}
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
              Restore
            </button>
          </li>
        ))}
      </ol>
      {loading && <p className="muted small">Loading…</p>}
      <div className="persist-actions">
        {nextBefore !== null && (
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() => void load(nextBefore)}
          >
            Show older versions
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
