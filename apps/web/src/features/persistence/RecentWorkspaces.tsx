import { readRecent, workspaceUrl } from '@orgwise/editor';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { dateOnly } from '../../ui/date-formats.js';
import { messages } from './messages.js';

interface RecentWorkspacesProps {
  /** Leaves out the workspace that is open. */
  exclude?: string | null;
  /** The list's heading; "Recent workspaces" in the chosen language by default. */
  heading?: string;
}

/** Links to the workspaces opened in this browser, newest first; nothing when there are none. */
export function RecentWorkspaces({ exclude = null, heading: given }: RecentWorkspacesProps) {
  const t = useMessages(messages);
  const heading = given ?? t('recent');
  const { recentStorage } = useSessionHandle();
  const recent = useMemo(
    () => readRecent(recentStorage).filter((entry) => entry.workspaceId !== exclude),
    [recentStorage, exclude],
  );
  if (recent.length === 0) return null;
  return (
    <nav className="recent-workspaces" aria-label={heading} data-testid="recent-workspaces">
      <h3 className="recent-heading">{heading}</h3>
      <ul>
        {recent.map((entry) => (
          <li key={entry.workspaceId}>
            <a
              href={workspaceUrl(entry.workspaceId, entry.scenarioId)}
              className="recent-link"
              data-testid="recent-workspace"
            >
              <span className="recent-name">{entry.name}</span>
              <span className="recent-date">{dateOnly.format(entry.openedAt)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
