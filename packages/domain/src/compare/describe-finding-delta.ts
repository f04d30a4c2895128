import type { ValidationSummary } from '../engine/types.js';
import type { FindingDelta } from './finding-delta.js';

/**
 * The delta in one sentence for a consultant: "Option B resolves 2 warnings and introduces 1
 * info", "Option A introduces 1 error", "Option C: no change in findings". Severities are listed
 * most severe first; the sentence has no full stop, so that it also serves as a heading. Without a
 * subject (or a blank one) the sentence starts with the verb: "Resolves 1 warning".
 */
export function describeFindingDelta(
  delta: Pick<FindingDelta, 'summary'>,
  subject?: string,
): string {
  const name = subject?.trim() ?? '';
  const resolved = countsInWords(delta.summary.resolved);
  const introduced = countsInWords(delta.summary.introduced);
  if (resolved === '' && introduced === '') {
    return name === '' ? 'No change in findings' : `${name}: no change in findings`;
  }
  const clauses: string[] = [];
  if (resolved !== '') clauses.push(`resolves ${resolved}`);
  if (introduced !== '') clauses.push(`introduces ${introduced}`);
  // "resolves 1 error and 2 warnings, and introduces 1 info": the comma keeps the two lists apart.
  const predicate = clauses.join(resolved.includes(' and ') ? ', and ' : ' and ');
  return name === '' ? predicate[0]!.toUpperCase() + predicate.slice(1) : `${name} ${predicate}`;
}

/** "1 error, 2 warnings and 1 info"; empty when every count is 0. */
function countsInWords(summary: ValidationSummary): string {
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(plural(summary.errors, 'error'));
  if (summary.warnings > 0) parts.push(plural(summary.warnings, 'warning'));
  if (summary.infos > 0) parts.push(plural(summary.infos, 'info'));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "infos" as the report's summary counts them (`infos`), so the sentence and the numbers agree. */
function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
