import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { messages } from './messages.js';
import { useNow } from './use-now.js';
import { useSaveView } from './use-save-view.js';

/**
 * Says, without getting in the way, that the server cannot be reached: editing goes on in the
 * browser, and the changes are saved by themselves once it is back.
 */
export function OfflineBanner() {
  const t = useMessages(messages);
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
        <strong>{t('offlineHeading')}</strong> {view.detail ?? t('unreachable')}{' '}
        {t('offlineKeepWorking', {
          seconds: seconds === null ? 'none' : 'some',
          next: seconds ?? 0,
        })}
      </div>
      <button type="button" className="button button--small" onClick={() => session.retryNow()}>
        {t('tryNow')}
      </button>
    </div>
  );
}
