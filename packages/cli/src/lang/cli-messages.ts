import type { Locale, Messages } from '@orgwise/domain';

/** The CLI's own texts of the text report, by id, as ICU MessageFormat in each language. */
export type CliMessageId =
  | 'errors'
  | 'warnings'
  | 'infos'
  | 'noProblems'
  | 'positions'
  | 'morePositions'
  | 'fix'
  | 'summary'
  | 'unreadable'
  | 'explainHint';

export const cliMessages: Record<Locale, Messages<CliMessageId>> = {
  en: {
    errors: 'Errors ({count, number})',
    warnings: 'Warnings ({count, number})',
    infos: 'Infos ({count, number})',
    noProblems: 'No problems found.',
    positions: 'positions:',
    morePositions: '… and {count, number} more',
    fix: 'fix:',
    summary:
      '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}} in {files, plural, one {# file} other {# files}}',
    unreadable: '; {count, plural, one {# file} other {# files}} could not be checked',
    explainHint: 'Run "orgwise explain <rule>" to see why a rule exists.',
  },
  da: {
    errors: 'Fejl ({count, number})',
    warnings: 'Advarsler ({count, number})',
    infos: 'Bemærkninger ({count, number})',
    noProblems: 'Ingen problemer fundet.',
    positions: 'stillinger:',
    morePositions: '… og {count, number} flere',
    fix: 'løsning:',
    summary:
      '{errors, plural, one {# fejl} other {# fejl}}, {warnings, plural, one {# advarsel} other {# advarsler}}, {infos, plural, one {# bemærkning} other {# bemærkninger}} i {files, plural, one {# fil} other {# filer}}',
    unreadable: '; {count, plural, one {# fil} other {# filer}} kunne ikke kontrolleres',
    explainHint: 'Kør "orgwise explain <regel>" for at se, hvorfor en regel findes.',
  },
  nl: {
    errors: 'Fouten ({count, number})',
    warnings: 'Waarschuwingen ({count, number})',
    infos: 'Opmerkingen ({count, number})',
    noProblems: 'Geen problemen gevonden.',
    positions: 'functies:',
    morePositions: '… en nog {count, number}',
    fix: 'oplossing:',
    summary:
      '{errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {infos, plural, one {# opmerking} other {# opmerkingen}} in {files, plural, one {# bestand} other {# bestanden}}',
    unreadable:
      '; {count, plural, one {# bestand kon} other {# bestanden konden}} niet worden gecontroleerd',
    explainHint: 'Voer "orgwise explain <regel>" uit om te zien waarom een regel bestaat.',
  },
};
