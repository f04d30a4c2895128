import type { Finding } from '@orgwise/domain';
import { useMessages } from '../i18n/use-messages.js';
import { messages } from './messages.js';

/**
 * A finding as a line of a list that spotlights its positions when pressed: its severity and
 * message, reading as text rather than as one long link.
 */
export function FindingButton({
  finding,
  onPick,
  pressed,
}: {
  finding: Finding;
  onPick: (finding: Finding) => void;
  /** Set where the button toggles a spotlight that stays on (the slides). */
  pressed?: boolean;
}) {
  const t = useMessages(messages);
  return (
    <button
      type="button"
      className="row-button"
      aria-pressed={pressed}
      onClick={() => onPick(finding)}
    >
      <span className={`ro-severity ro-severity--${finding.severity}`}>{t(finding.severity)}</span>
      <span>{finding.message}</span>
    </button>
  );
}
