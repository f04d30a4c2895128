import { safeStorage, sessionApiKeyStore } from '@orgwise/editor';
import { createApiClient } from '../session/api-client.js';
import { Session } from '../session/session.js';
import { useSession } from '../session/session-store.js';
import { useEditor } from '../store/editor-store.js';
import { downloadChart } from './download-chart.js';

/**
 * The editor's session wired to the browser: same-origin API (the server serves the editor), the
 * address bar, localStorage for recent workspaces and sessionStorage for the API key. Made once by
 * main.tsx and handed down through SessionHandle.
 */
export function createBrowserSession(): Session {
  const apiKey = sessionApiKeyStore(safeStorage(() => sessionStorage));
  return new Session({
    api: createApiClient({ apiKey }),
    editor: useEditor,
    store: useSession,
    navigate: (url) => {
      if (window.location.pathname !== url)
        window.history.replaceState(window.history.state, '', url);
    },
    recentStorage: safeStorage(() => localStorage),
    apiKey,
    download: downloadChart,
  });
}
