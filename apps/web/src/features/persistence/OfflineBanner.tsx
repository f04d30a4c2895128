import { useSessionHandle } from '../../session/session-handle.js';
import { useNow } from './use-now.js';
import { useSaveView } from './use-save-view.js';

/**
 * Says, without getting in the way, that the server cannot be reached: editing goes on in the
 * browser, and the changes are saved by themselves once it is back.
 */
export function OfflineBanner() {
  const session = useSessionHandle();
  const view = useSaveView();
  const offline = view.state === 'offline';
  const now = useNow(offline);
  if (!offline) return null;
  const seconds = view.attempting
    ? 0
    : view.retryAt === null
      ? null
      : Math.max(0, Math.ceil((view.retryAt - now) / 1000));
  return (
    <div className="offline-banner" role="status" data-testid="offline-banner">
      <div>
        <strong>Your latest changes are not saved yet.</strong>{' '}
        {view.detail ?? 'The Orgwise server cannot be reached.'} Keep working: your changes are kept
        in this browser and saved as soon as the server answers
        {seconds === null ? '.' : seconds === 0 ? ' (trying now).' : ` (next try in ${seconds} s).`}
      </div>
      <button type="button" className="button button--small" onClick={() => session.retryNow()}>
        Try now
      </button>
    </div>
  );
}
