/**
 * Text as the domain writes it, with `backticked` names (an option, a field, a role id) shown as
 * code rather than as literal backticks. An unmatched backtick stays as it is.
 */
export function TextWithCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An even number of parts means an odd number of backticks: the last one opens nothing.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return (
    <>
      {parts.map((part, k) => {
        if (k % 2 === 1 && k < closed) return <code key={k}>{part}</code>;
        return <span key={k}>{k % 2 === 1 ? `\`${part}` : part}</span>;
      })}
    </>
  );
}
