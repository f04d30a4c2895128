import type { z } from 'zod';
import type { Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/message-data.js';
import { formatMessage } from '../i18n/message-format.js';

type IssueTextId =
  | 'missing'
  | 'type'
  | 'tooSmall'
  | 'tooBig'
  | 'oneOf'
  | 'unknownKey'
  | 'format'
  | 'multipleOf'
  | 'invalid';

/**
 * An input error's message in Danish or Dutch, written from the zod issue's code and values
 * rather than its English text: the schemas' own messages ("The name must not be empty") are
 * English, so each language says the same from the facts. English keeps the schemas' messages.
 * The API's input errors and `parseChart`'s issues are said with these.
 */
export const issueTexts: Readonly<Record<Exclude<Locale, 'en'>, Messages<IssueTextId>>> = {
  da: {
    missing: 'Mangler',
    type: '{expected, select, string {Skal være tekst} number {Skal være et tal} int {Skal være et heltal} boolean {Skal være true eller false} object {Skal være et objekt} array {Skal være en liste} null {Skal være null} other {Har en forkert type (forventet: {expected})}}',
    tooSmall:
      '{origin, select, string {{minimum, plural, =1 {Må ikke være tom} other {Skal være mindst # tegn lang}}} array {{minimum, plural, =1 {Må ikke være tom} other {Skal have mindst # elementer}}} other {{inclusive, select, yes {Skal være mindst {minimum, number}} other {Skal være større end {minimum, number}}}}}',
    tooBig:
      '{origin, select, string {Må højst være {maximum, plural, other {# tegn}} lang} array {Må højst have {maximum, plural, one {# element} other {# elementer}}} other {{inclusive, select, yes {Må højst være {maximum, number}} other {Skal være mindre end {maximum, number}}}}}',
    oneOf: 'Skal være en af {values}',
    unknownKey: 'Ukendt felt; fjern det eller ret stavningen',
    format: 'Har ikke det rigtige format',
    multipleOf: 'Skal være et multiplum af {divisor, number}',
    invalid: 'Værdien er ikke gyldig her',
  },
  nl: {
    missing: 'Ontbreekt',
    type: '{expected, select, string {Moet tekst zijn} number {Moet een getal zijn} int {Moet een geheel getal zijn} boolean {Moet true of false zijn} object {Moet een object zijn} array {Moet een lijst zijn} null {Moet null zijn} other {Heeft een verkeerd type (verwacht: {expected})}}',
    tooSmall:
      '{origin, select, string {{minimum, plural, =1 {Mag niet leeg zijn} other {Moet minstens # tekens lang zijn}}} array {{minimum, plural, =1 {Mag niet leeg zijn} other {Moet minstens # elementen hebben}}} other {{inclusive, select, yes {Moet minstens {minimum, number} zijn} other {Moet groter zijn dan {minimum, number}}}}}',
    tooBig:
      '{origin, select, string {Mag hoogstens {maximum, plural, one {# teken} other {# tekens}} lang zijn} array {Mag hoogstens {maximum, plural, one {# element} other {# elementen}} hebben} other {{inclusive, select, yes {Mag hoogstens {maximum, number} zijn} other {Moet kleiner zijn dan {maximum, number}}}}}',
    oneOf: 'Moet een van deze zijn: {values}',
    unknownKey: 'Onbekend veld; verwijder het of verbeter de spelling',
    format: 'Heeft niet het juiste formaat',
    multipleOf: 'Moet een veelvoud zijn van {divisor, number}',
    invalid: 'De waarde is hier niet geldig',
  },
};

type Issue = z.core.$ZodIssue & { input?: unknown };

/** The message of a zod issue in `locale`: the issue's own (English) message in English. */
export function issueMessage(locale: Locale, issue: Issue): string {
  if (locale === 'en') return issue.message;
  const texts = issueTexts[locale];
  const say = (id: IssueTextId, data?: Record<string, string | number>) =>
    formatMessage(locale, texts[id], data);
  switch (issue.code) {
    case 'invalid_type':
      // Parsed with reportInput, a missing member's issue says that its input was undefined.
      return 'input' in issue && issue.input === undefined
        ? say('missing')
        : say('type', { expected: issue.expected });
    case 'too_small':
      return say('tooSmall', {
        origin: issue.origin,
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive === false ? 'no' : 'yes',
      });
    case 'too_big':
      return say('tooBig', {
        origin: issue.origin,
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive === false ? 'no' : 'yes',
      });
    case 'invalid_value':
      return say('oneOf', {
        values: issue.values.map((value) => JSON.stringify(value)).join(', '),
      });
    case 'unrecognized_keys':
      return say('unknownKey');
    case 'invalid_format':
      return say('format');
    case 'not_multiple_of':
      return say('multipleOf', { divisor: Number(issue.divisor) });
    default:
      return say('invalid');
  }
}
