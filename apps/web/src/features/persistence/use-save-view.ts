import { type SaveView, saveView } from '@orgwise/editor';
import { useMemo } from 'react';
import { useSession } from '../../session/session-store.js';

/** How saving goes, across every save queue, for the status and the offline banner. */
export function useSaveView(): SaveView {
  const queues = useSession((state) => state.queues);
  return useMemo(() => saveView(Object.values(queues)), [queues]);
}
