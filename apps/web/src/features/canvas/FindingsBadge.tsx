import { memo } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { selectReport } from '../../report/chart-report.js';
import { useEditor } from '../../store/editor-store.js';
import { messages } from './messages.js';

const symbol = { error: '✕', warning: '!', info: 'i' } as const;

/** The count and worst severity of a position's findings; nothing when it has none. */
export const FindingsBadge = memo(function FindingsBadge({ positionId }: { positionId: string }) {
  // A string selector: the badge re-renders only when its own count or severity changes.
  const t = useMessages(messages);
  const summary = useEditor((state) => {
    const entry = selectReport(state).byPosition.get(positionId);
    return entry === undefined ? '' : `${entry.count} ${entry.worst}`;
  });
  if (summary === '') return null;
  const [count, worst] = summary.split(' ') as [string, keyof typeof symbol];
  const label = t('badge', { count: Number(count), worst });
  return (
    <span
      className={`findings-badge findings-badge--${worst}`}
      data-testid="findings-badge"
      data-severity={worst}
      data-count={count}
      title={label}
      role="img"
      aria-label={label}
    >
      <span aria-hidden="true" className="findings-badge-symbol">
        {symbol[worst]}
      </span>
      <span aria-hidden="true">{count}</span>
    </span>
  );
});
