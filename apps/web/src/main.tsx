import './app/zod-without-eval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { exposeForAutomation } from './app/automation.js';
import { createBrowserSession } from './app/browser-session.js';
import { CompareView } from './features/compare/CompareView.js';
import { Presentation } from './features/present/Presentation.js';
import { SharedPage } from './features/share/SharedPage.js';
import { shareTokenFromPath } from './features/share/share-api.js';
import { syncDocumentLanguage } from './i18n/document-language.js';
import { SessionHandle } from './session/session-handle.js';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
exposeForAutomation();
syncDocumentLanguage(document.documentElement);
// A read-only share link (`/share/<token>`) opens the shared options alone: no editor, no key.
const shareToken = shareTokenFromPath(window.location.pathname);
createRoot(root).render(
  <StrictMode>
    {shareToken === null ? (
      <SessionHandle.Provider value={createBrowserSession()}>
        <App />
      </SessionHandle.Provider>
    ) : (
      <SharedPage
        token={shareToken}
        renderCompare={(props) => <CompareView {...props} />}
        renderPresentation={(props) => <Presentation {...props} />}
      />
    )}
  </StrictMode>,
);
