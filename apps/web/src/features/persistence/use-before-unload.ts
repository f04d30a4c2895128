import { useEffect } from 'react';
import { useSessionHandle } from '../../session/session-handle.js';

/**
 * Asks before the tab closes or reloads while changes are not saved yet (the browser shows its
 * own wording; the user can stay and let the save finish).
 */
export function useBeforeUnload(): void {
  const session = useSessionHandle();
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasUnsaved()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
