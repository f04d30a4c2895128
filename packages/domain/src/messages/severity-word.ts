import type { Severity } from '../engine/types.js';
import { defaultLocale, type Locale } from '../i18n/locales.js';
import { formatMessage } from '../i18n/message-format.js';
import { reportWords } from './report-words.js';

/** A severity as a word of the language: "warning", "advarsel", "waarschuwing". */
export function severityWord(severity: Severity, locale: Locale = defaultLocale): string {
  return formatMessage(locale, reportWords[locale].severity, { severity });
}

/** A count of findings of a severity: "2 warnings", "1 bemærkning", "3 fouten". */
export function severityCount(severity: Severity, count: number, locale: Locale = defaultLocale) {
  return formatMessage(locale, reportWords[locale].severityCount, { severity, count });
}
