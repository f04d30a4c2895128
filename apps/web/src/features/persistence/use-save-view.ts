import { useMemo } from 'react';
import { type SaveView, saveView } from './save-view.js';
import { useSession } from './session-store.js';

/** How saving goes, across every save queue, for the status and the offline banner. */
export function useSaveView(): SaveView {
  const queues = useSession((state) => state.queues);
  return useMemo(() => saveView(Object.values(queues)), [queues]);
}
