import type { DeletedScenario } from '@orgwise/contract';
import { useEffect, useState } from 'react';
import { listDeletedOptions, restoreDeletedOption } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime, dateOnly } from '../../ui/date-formats.js';
import { Modal } from '../../ui/Modal.js';

/** The workspace's options deleted in the last 30 days, each to bring back whole. */
export function DeletedOptionsDialog({ onClose }: { onClose: () => void }) {
  const session = useSessionHandle();
  const busy = useSession((state) => state.busy);
  const [deleted, setDeleted] = useState<DeletedScenario[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void listDeletedOptions(session).then((result) => {
      if (!live) return;
      if (result.ok) setDeleted(result.value.scenarios);
      else setError(`The deleted options could not be loaded: ${result.error.message}`);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <Modal
      className="persist-dialog"
      title="Deleted options"
      testId="deleted-options-dialog"
      onCancel={onClose}
    >
      <p className="persist-text">
        A deleted option is kept for 30 days with all its saved versions, then erased. Bringing it
        back puts it where it was in the order.
      </p>
      {error !== null && (
        <p className="persist-error" role="alert">
          {error}
        </p>
      )}
      {deleted === null && error === null && <p className="muted small">Loading…</p>}
      {deleted?.length === 0 && (
        <p className="muted" data-testid="deleted-options-empty">
          No option of this workspace was deleted in the last 30 days.
        </p>
      )}
      {deleted !== null && deleted.length > 0 && (
        <ul className="revision-list">
          {deleted.map((option) => (
            <li key={option.id} className="revision" data-testid="deleted-option">
              <div className="revision-text">
                <span className="revision-title">{option.name}</span>
                <span className="muted small">
                  Deleted {dateAndTime.format(new Date(option.deletedAt))} · {option.positionCount}{' '}
                  {option.positionCount === 1 ? 'position' : 'positions'} · kept until{' '}
                  {dateOnly.format(new Date(option.erasedAt))}
                </span>
              </div>
              <button
                type="button"
                className="button button--small"
                disabled={busy !== null}
                aria-label={`Bring back “${option.name}”`}
                onClick={async () => {
                  if (await restoreDeletedOption(session, option, { open: true })) onClose();
                }}
                data-testid="deleted-option-restore"
              >
                Bring back
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="persist-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
