/** More than this many errors are summarised: nobody reads 20,000 lines, and the DOM should not hold them. */
const SHOWN_ERRORS = 50;

/** A list of import errors, announced when it appears. */
export function ErrorList({ errors, testId }: { errors: readonly string[]; testId: string }) {
  if (errors.length === 0) return null;
  const hidden = errors.length - SHOWN_ERRORS;
  return (
    <div role="alert" className="ie-errors" data-testid={testId}>
      <p className="ie-errors__summary">
        {errors.length === 1 ? '1 problem' : `${errors.length.toLocaleString('en-US')} problems`} to
        fix before the import:
      </p>
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
