import { useEditor } from '../../store/editor-store.js';
import { createApiClient } from './api-client.js';
import { sessionApiKeyStore } from './api-key.js';
import { downloadChart } from './download-chart.js';
import { browserStorage } from './recent-workspaces.js';
import { Session } from './session.js';
import { useSession } from './session-store.js';

// The editor's one session, wired to the browser: same-origin API (the server serves the editor),
// the address bar, localStorage for recent workspaces and sessionStorage for the API key.

const apiKey = sessionApiKeyStore();

export const session = new Session({
  api: createApiClient({ apiKey }),
  editor: useEditor,
  store: useSession,
  navigate: (url) => {
    if (window.location.pathname !== url)
      window.history.replaceState(window.history.state, '', url);
  },
  recentStorage: browserStorage(),
  apiKey,
  download: downloadChart,
});
