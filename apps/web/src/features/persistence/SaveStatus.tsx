import { useSessionHandle } from '../../session/session-handle.js';
import { useSaveView } from './use-save-view.js';
import './persistence.css';

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * "Saved", "Saving…", "Offline", "Not saved yet", "API key needed", "Conflict" or "Not saved", in
 * the top bar, with the reason in its tooltip. A polite live region: screen readers hear when saving stops working, and when it is back.
 */
export function SaveStatus() {
  const session = useSessionHandle();
  const view = useSaveView();
  if (view.state === 'idle') return null;
  const kept =
    view.state === 'offline' || view.state === 'retrying'
      ? 'Your changes are kept in this browser and saved as soon as the server answers.'
      : null;
  const detail = [view.detail, kept].filter((text) => text !== null).join(' ') || null;
  const title =
    detail ??
    (view.state === 'saved' && view.lastSavedAt !== null
      ? `All changes saved (last at ${time.format(view.lastSavedAt)}).`
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
        {view.label}
        {detail !== null && <span className="sr-only">: {detail}</span>}
      </span>
      {view.state === 'unauthorized' && (
        <button type="button" className="link-button" onClick={() => session.askForApiKey()}>
          Enter key
        </button>
      )}
      {(view.state === 'offline' || view.state === 'retrying') && (
        <button type="button" className="link-button" onClick={() => session.retryNow()}>
          Try now
        </button>
      )}
    </div>
  );
}
