import { useEffect } from 'react';
import { useSessionHandle } from '../../session/session-handle.js';
import { ApiKeyDialog } from './ApiKeyDialog.js';
import { ConflictDialog } from './ConflictDialog.js';
import { SessionGate } from './SessionGate.js';
import { useBeforeUnload } from './use-before-unload.js';
import './persistence.css';

/**
 * Connects the editor to the server: opens the workspace the address names (or the start screen),
 * warns before leaving with unsaved changes, retries at once when the browser comes back online,
 * and shows what needs the user's say (loading, failures, conflicts, the API key).
 * Mount once, anywhere inside the app.
 */
export function PersistenceRoot() {
  const session = useSessionHandle();
  useBeforeUnload();
  useEffect(() => {
    session.start(window.location.pathname);
    const online = () => session.retryNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);
  return (
    <>
      <SessionGate />
      <ConflictDialog />
      <ApiKeyDialog />
    </>
  );
}
