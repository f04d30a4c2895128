import { memo } from 'react';
import { selectReport } from '../../report/chart-report.js';
import { useEditor } from '../../store/editor-store.js';

const symbol = { error: '✕', warning: '!', info: 'i' } as const;

/** The count and worst severity of a position's findings; nothing when it has none. */
export const FindingsBadge = memo(function FindingsBadge({ positionId }: { positionId: string }) {
  // A string selector: the badge re-renders only when its own count or severity changes.
  const summary = useEditor((state) => {
    const entry = selectReport(state).byPosition.get(positionId);
    return entry === undefined ? '' : `${entry.count} ${entry.worst}`;
  });
  if (summary === '') return null;
  const [count, worst] = summary.split(' ') as [string, keyof typeof symbol];
  const noun = count === '1' ? 'finding' : 'findings';
  return (
    <span
      className={`findings-badge findings-badge--${worst}`}
      data-testid="findings-badge"
      data-severity={worst}
      data-count={count}
      title={`${count} ${noun}, the most serious: ${worst}`}
      role="img"
      aria-label={`${count} ${noun}, the most serious: ${worst}`}
    >
      <span aria-hidden="true" className="findings-badge-symbol">
        {symbol[worst]}
      </span>
      <span aria-hidden="true">{count}</span>
    </span>
  );
});
