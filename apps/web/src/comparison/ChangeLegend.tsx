import { useMessages } from '../i18n/use-messages.js';
import { changeLegend } from './change-badge.js';
import { messages } from './messages.js';

/** What the colours and badges on the boxes mean. */
export function ChangeLegend() {
  const t = useMessages(messages);
  return (
    <ul className="change-legend" aria-label={t('legend')}>
      {changeLegend.map((entry) => (
        <li key={entry.mark}>
          <span className={`ro-mark ro-mark--${entry.mark}`}>{t(entry.label)}</span>{' '}
          {t(entry.description)}
        </li>
      ))}
    </ul>
  );
}
