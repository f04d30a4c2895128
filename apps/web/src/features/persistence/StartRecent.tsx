import { useMessages } from '../../i18n/use-messages.js';
import { useSession } from '../../session/session-store.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';
import { RecentWorkspaces } from './RecentWorkspaces.js';

/** Below the start screen: the workspaces opened before in this browser. */
export function StartRecent() {
  const t = useMessages(messages);
  const phase = useSession((state) => state.phase);
  const empty = useEditor((state) => state.chart.positions.length === 0);
  if (phase !== 'start' || !empty) return null;
  return (
    <div className="start-recent">
      <RecentWorkspaces heading={t('recentStart')} />
    </div>
  );
}
