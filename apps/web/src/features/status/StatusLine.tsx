import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';

const SHOW_MS = 6000;

/**
 * What just happened, or why something was refused, in a polite live region so screen readers
 * hear it too. Each message shows for a few seconds; refusals stay until dismissed or replaced.
 */
export function StatusLine() {
  const t = useMessages(messages);
  const status = useEditor((state) => state.status);
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  useEffect(() => {
    if (status === null || status.tone === 'error') return;
    const timer = setTimeout(() => setHiddenId(status.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const visible = status !== null && hiddenId !== status.id;
  return (
    <div className="status-region" aria-live="polite" role="status">
      {visible && (
        <div
          className={`status status--${status.tone}`}
          data-testid="status"
          data-tone={status.tone}
        >
          <span>{status.text}</span>
          <button
            type="button"
            className="status-close"
            onClick={() => setHiddenId(status.id)}
            aria-label={t('dismiss')}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
