import { useEffect } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { messages } from './messages.js';

const SHOW_MS = 8000;
const WITH_ACTION_MS = 12_000;

/**
 * What just happened to the workspace and its options ("Deleted “Option B”." with Undo, "Loaded
 * their version" with a download), in a polite live region. Errors stay until dismissed.
 */
export function SessionNotice() {
  const session = useSessionHandle();
  const t = useMessages(messages);
  const notice = useSession((state) => state.notice);

  useEffect(() => {
    if (notice === null || notice.tone === 'error') return;
    const timer = setTimeout(
      () => session.dismissNotice(notice.id),
      notice.action === undefined ? SHOW_MS : WITH_ACTION_MS,
    );
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div className="session-notice-region" role="status" aria-live="polite">
      {notice !== null && (
        <div
          className={`session-notice session-notice--${notice.tone}`}
          data-testid="session-notice"
          data-tone={notice.tone}
        >
          <span>{notice.text}</span>
          {notice.action !== undefined && (
            <button
              type="button"
              className="button button--small"
              data-testid="session-notice-action"
              onClick={() => {
                session.dismissNotice(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="status-close"
            aria-label={t('dismiss')}
            onClick={() => session.dismissNotice(notice.id)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
