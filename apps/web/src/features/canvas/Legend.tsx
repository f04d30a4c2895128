import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

/** What the lines mean: shown on the canvas so a client reading a screenshot knows too. */
export function Legend() {
  const t = useMessages(messages);
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend')}>
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--reporting" />
        </svg>
        {t('legendReports')}
      </span>
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--dotted" />
        </svg>
        {t('legendDotted')}
      </span>
      <span className="legend-item">
        <svg width="28" height="8" aria-hidden="true">
          <line x1="0" y1="4" x2="28" y2="4" className="legend-line legend-line--loop" />
        </svg>
        {t('legendLoop')}
      </span>
    </section>
  );
}
