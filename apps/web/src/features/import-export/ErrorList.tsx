/** More than this many errors are summarised: nobody reads 20,000 lines, and the DOM should not hold them. */
const SHOWN_ERRORS = 50;

const count = (n: number, one: string, many: string) =>
  n === 1 ? `1 ${one}` : `${n.toLocaleString('en-US')} ${many}`;

/** What stops an import, by default; what an import left out says so instead (ImportIssuesDialog). */
const blocking = (n: number) => `${count(n, 'problem', 'problems')} to fix before the import:`;

/** A list of import errors, announced when it appears. */
export function ErrorList({
  errors,
  testId,
  summary = blocking,
}: {
  errors: readonly string[];
  testId: string;
  /** The line above the list, for this many errors. */
  summary?: (n: number) => string;
}) {
  if (errors.length === 0) return null;
  const hidden = errors.length - SHOWN_ERRORS;
  return (
    <div role="alert" className="ie-errors" data-testid={testId}>
      <p className="ie-errors__summary">{summary(errors.length)}</p>
      <ul>
        {errors.slice(0, SHOWN_ERRORS).map((error, index) => (
          // Errors are plain strings that can repeat, in a fixed order: the index is their identity.
          <li key={index}>{error}</li>
        ))}
      </ul>
      {hidden > 0 && <p>…and {hidden.toLocaleString('en-US')} more of the same kinds.</p>}
    </div>
  );
}
