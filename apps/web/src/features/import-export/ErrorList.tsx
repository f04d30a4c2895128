import { useMessages } from '../../i18n/use-messages.js';
import { messages } from './messages.js';

/** More than this many errors are summarised: nobody reads 20,000 lines, and the DOM should not hold them. */
const SHOWN_ERRORS = 50;

/** A list of import errors, announced when it appears. */
export function ErrorList({
  errors,
  testId,
  summary,
}: {
  errors: readonly string[];
  testId: string;
  /**
   * The line above the list, for this many errors; by default, what stops an import (what an
   * import left out says so instead: ImportIssuesDialog).
   */
  summary?: (n: number) => string;
}) {
  const t = useMessages(messages);
  if (errors.length === 0) return null;
  const hidden = errors.length - SHOWN_ERRORS;
  return (
    <div role="alert" className="ie-errors" data-testid={testId}>
      <p className="ie-errors__summary">
        {summary === undefined ? t('blocking', { count: errors.length }) : summary(errors.length)}
      </p>
      <ul>
        {errors.slice(0, SHOWN_ERRORS).map((error, index) => (
          // Errors are plain strings that can repeat, in a fixed order: the index is their identity.
          <li key={index}>{error}</li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('moreErrors', { count: hidden })}</p>}
    </div>
  );
}
