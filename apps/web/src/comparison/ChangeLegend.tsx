import { changeLegend } from './change-badge.js';

/** What the colours and badges on the boxes mean. */
export function ChangeLegend() {
  return (
    <ul className="change-legend" aria-label="What the highlights mean">
      {changeLegend.map((entry) => (
        <li key={entry.mark}>
          <span className={`ro-mark ro-mark--${entry.mark}`}>{entry.label}</span>{' '}
          {entry.description}
        </li>
      ))}
    </ul>
  );
}
