import { useCallback } from 'react';
import { SharePanel } from '../features/share/SharePanel.js';
import { useMessages } from '../i18n/use-messages.js';
import { useSessionHandle } from '../session/session-handle.js';
import { useSession } from '../session/session-store.js';
import { messages } from './messages.js';
import { useView } from './view-store.js';

/**
 * Compare, Present and Share in the top bar. They work on a saved workspace's options, so they
 * appear once the chart is saved as one.
 */
export function OptionsActions() {
  const t = useMessages(messages);
  const { apiKey } = useSessionHandle();
  // One function for the panel's lifetime: the panel reloads its links whenever this changes.
  const readApiKey = useCallback(() => apiKey.get(), [apiKey]);
  const workspaceId = useSession((state) => state.workspace?.id);
  const view = useView((state) => state.view);
  const sharing = useView((state) => state.sharing);
  const { show, setSharing } = useView.getState();
  if (workspaceId === undefined) return null;
  return (
    <fieldset className="button-group" aria-label={t('options')}>
      <button
        type="button"
        className="button"
        aria-pressed={view === 'compare'}
        onClick={() => show(view === 'compare' ? 'edit' : 'compare')}
        data-testid="open-compare"
      >
        {view === 'compare' ? t('backToEditor') : t('compare')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => show('present')}
        data-testid="open-present"
      >
        {t('present')}
      </button>
      <button
        type="button"
        className="button"
        aria-expanded={sharing}
        onClick={() => setSharing(!sharing)}
        data-testid="open-share"
      >
        {t('share')}
      </button>
      {sharing && (
        <SharePanel
          workspaceId={workspaceId}
          apiKey={readApiKey}
          onClose={() => setSharing(false)}
        />
      )}
    </fieldset>
  );
}
