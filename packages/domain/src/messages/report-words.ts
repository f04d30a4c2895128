import type { Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/message-data.js';

type ReportWordId =
  | 'severity'
  | 'severityCount'
  | 'noChange'
  | 'resolves'
  | 'introduces'
  | 'resolvesAndIntroduces'
  | 'delta';

/**
 * The words a report is summed up in, by id, as ICU MessageFormat in each language: severities
 * ("advarsel", "waarschuwing") and the finding delta between two options ("Option B resolves 2
 * warnings and introduces 1 info"). The same severity words as the CLI's and the decks'.
 */
export const reportWords: Readonly<Record<Locale, Messages<ReportWordId>>> = {
  en: {
    severity: '{severity, select, error {error} warning {warning} other {info}}',
    // "infos" as the report's summary counts them (`infos`), so the sentence and the numbers agree.
    severityCount:
      '{severity, select, error {{count, plural, one {# error} other {# errors}}} warning {{count, plural, one {# warning} other {# warnings}}} other {{count, plural, one {# info} other {# infos}}}}',
    noChange:
      '{named, select, yes {{subject}: no change in findings} other {No change in findings}}',
    resolves: 'resolves {counts}',
    introduces: 'introduces {counts}',
    // "resolves 1 error and 2 warnings, and introduces 1 info": the comma keeps the lists apart.
    resolvesAndIntroduces: '{resolves}{listed, select, yes {, and} other { and}} {introduces}',
    delta: '{named, select, yes {{subject} {predicate}} other {{predicate}}}',
  },
  da: {
    severity: '{severity, select, error {fejl} warning {advarsel} other {bemærkning}}',
    severityCount:
      '{severity, select, error {{count, plural, one {# fejl} other {# fejl}}} warning {{count, plural, one {# advarsel} other {# advarsler}}} other {{count, plural, one {# bemærkning} other {# bemærkninger}}}}',
    noChange:
      '{named, select, yes {{subject}: ingen ændring i fundene} other {Ingen ændring i fundene}}',
    resolves: 'løser {counts}',
    introduces: 'medfører {counts}',
    // Danish puts no comma before "og", however long the lists.
    resolvesAndIntroduces: '{resolves} og {introduces}{listed, select, other {}}',
    delta: '{named, select, yes {{subject} {predicate}} other {{predicate}}}',
  },
  nl: {
    severity: '{severity, select, error {fout} warning {waarschuwing} other {opmerking}}',
    severityCount:
      '{severity, select, error {{count, plural, one {# fout} other {# fouten}}} warning {{count, plural, one {# waarschuwing} other {# waarschuwingen}}} other {{count, plural, one {# opmerking} other {# opmerkingen}}}}',
    noChange:
      '{named, select, yes {{subject}: geen verandering in de bevindingen} other {Geen verandering in de bevindingen}}',
    resolves: 'lost {counts} op',
    introduces: 'leidt tot {counts}',
    resolvesAndIntroduces: '{resolves}{listed, select, yes {, en} other { en}} {introduces}',
    delta: '{named, select, yes {{subject} {predicate}} other {{predicate}}}',
  },
};
