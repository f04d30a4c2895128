import type { Severity, ValidationSummary } from '../engine/types.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import type { MessageData } from '../i18n/message-data.js';
import { formatMessage } from '../i18n/message-format.js';
import { reportWords } from '../messages/report-words.js';
import { severityCount } from '../messages/severity-word.js';
import type { FindingDelta } from './finding-delta.js';

/**
 * The delta in one sentence for a consultant, in `locale` (English by default): "Option B
 * resolves 2 warnings and introduces 1 info", "Option A introduces 1 error", "Option C: no change
 * in findings"; "Mulighed B løser 2 advarsler og medfører 1 bemærkning". Severities are listed
 * most severe first; the sentence has no full stop, so that it also serves as a heading. Without
 * a subject (or a blank one) the sentence starts with the verb: "Resolves 1 warning".
 */
export function describeFindingDelta(
  delta: Pick<FindingDelta, 'summary'>,
  subject?: string,
  locale: Locale = defaultLocale,
): string {
  const say = (id: keyof (typeof reportWords)['en'], data?: MessageData) =>
    formatMessage(locale, reportWords[locale][id], data);
  const name = subject?.trim() ?? '';
  const named = name === '' ? 'no' : 'yes';
  const resolved = countsOf(delta.summary.resolved);
  const introduced = countsOf(delta.summary.introduced);
  if (resolved.length === 0 && introduced.length === 0) {
    return say('noChange', { named, subject: name });
  }
  const resolves = resolved.length === 0 ? '' : say('resolves', { counts: words(resolved) });
  const introduces =
    introduced.length === 0 ? '' : say('introduces', { counts: words(introduced) });
  const predicate =
    resolves === '' || introduces === ''
      ? resolves + introduces
      : say('resolvesAndIntroduces', {
          resolves,
          introduces,
          listed: resolved.length > 1 ? 'yes' : 'no',
        });
  const sentence = say('delta', { named, subject: name, predicate });
  return named === 'yes' ? sentence : sentence[0]!.toUpperCase() + sentence.slice(1);

  /** "1 error, 2 warnings and 1 info" as the language joins a list. */
  function words(counts: string[]): string {
    return formatMessage(locale, '{counts}', { counts });
  }

  /** Each severity's count in words, most severe first, leaving out those that are 0. */
  function countsOf(summary: ValidationSummary): string[] {
    const counts: [Severity, number][] = [
      ['error', summary.errors],
      ['warning', summary.warnings],
      ['info', summary.infos],
    ];
    return counts
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => severityCount(severity, count, locale));
  }
}
