import { useSessionHandle } from '../../session/session-handle.js';
import { useSaveView } from './use-save-view.js';
import './persistence.css';
import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

/**
 * "Saved", "Saving…", "Offline", "Not saved yet", "API key needed", "Conflict" or "Not saved", in
 * the top bar, with the reason in its tooltip. A polite live region: screen readers hear when saving stops working, and when it is back.
 */
export function SaveStatus() {
  const t = useMessages(messages);
  const session = useSessionHandle();
  const view = useSaveView();
  if (view.state === 'idle') return null;
  const kept = view.state === 'offline' || view.state === 'retrying' ? t('kept') : null;
  const detail = [view.detail, kept].filter((text) => text !== null).join(' ') || null;
  const title =
    detail ??
    (view.state === 'saved' && view.lastSavedAt !== null
      ? t('allSaved', { time: view.lastSavedAt })
      : undefined);
  return (
    <div
      className={`save-status save-status--${view.state}`}
      data-testid="save-status"
      data-state={view.state}
      title={title}
    >
      <span className="save-status-dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {t(`state.${view.state}`)}
        {detail !== null && <span className="sr-only">: {detail}</span>}
      </span>
      {view.state === 'unauthorized' && (
        <button type="button" className="link-button" onClick={() => session.askForApiKey()}>
          {t('enterKey')}
        </button>
      )}
      {(view.state === 'offline' || view.state === 'retrying') && (
        <button type="button" className="link-button" onClick={() => session.retryNow()}>
          {t('tryNow')}
        </button>
      )}
    </div>
  );
}
