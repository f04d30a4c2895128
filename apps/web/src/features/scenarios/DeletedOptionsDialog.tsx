import type { DeletedScenario } from '@orgwise/contract';
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { listDeletedOptions, restoreDeletedOption } from '../../session/scenario-commands.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { dateAndTime, dateOnly } from '../../ui/date-formats.js';
import { Modal } from '../../ui/Modal.js';
import { messages } from './messages.js';

/** The workspace's options deleted in the last 30 days, each to bring back whole. */
export function DeletedOptionsDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const busy = useSession((state) => state.busy);
  const [deleted, setDeleted] = useState<DeletedScenario[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void listDeletedOptions(session).then((result) => {
      if (!live) return;
      if (result.ok) setDeleted(result.value.scenarios);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <Modal
      className="persist-dialog"
      title={t('deletedTitle')}
      testId="deleted-options-dialog"
      onCancel={onClose}
    >
      <p className="persist-text">{t('deletedIntro')}</p>
      {error !== null && (
        <p className="persist-error" role="alert">
          {t('deletedNotLoaded', { reason: error })}
        </p>
      )}
      {deleted === null && error === null && <p className="muted small">{t('loading')}</p>}
      {deleted?.length === 0 && (
        <p className="muted" data-testid="deleted-options-empty">
          {t('deletedNone')}
        </p>
      )}
      {deleted !== null && deleted.length > 0 && (
        <ul className="revision-list">
          {deleted.map((option) => (
            <li key={option.id} className="revision" data-testid="deleted-option">
              <div className="revision-text">
                <span className="revision-title">{option.name}</span>
                <span className="muted small">
                  {t('deletedLine', {
                    deleted: dateAndTime.format(new Date(option.deletedAt)),
                    count: option.positionCount,
                    until: dateOnly.format(new Date(option.erasedAt)),
                  })}
                </span>
              </div>
              <button
                type="button"
                className="button button--small"
                disabled={busy !== null}
                aria-label={t('bringBackLabel', { name: option.name })}
                onClick={async () => {
                  if (await restoreDeletedOption(session, option, { open: true })) onClose();
                }}
                data-testid="deleted-option-restore"
              >
                {t('bringBack')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="persist-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
