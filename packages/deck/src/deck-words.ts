import { IntlMessageFormat } from 'intl-messageformat';
import type { DeckChange, DeckSeverity } from './deck-model.js';
import { type DeckLocale, deckMessages } from './messages/deck-messages.js';
import type { DeckMessageId } from './messages/en.js';

/** The values a deck text's placeholders take. */
type Values = Record<string, string | number>;

/**
 * A deck's words in one language: its own texts by id, and numbers, dates and lists as the
 * language writes them ("1,250" / "1.250", "12 March 2025" / "12. marts 2025").
 */
export interface DeckWords {
  locale: DeckLocale;
  /** The BCP 47 tag of the language and its usual region, for the files' language settings. */
  tag: string;
  text(id: DeckMessageId, values?: Values): string;
  /** A count for a slide: "1,250"; "–" for a figure the option does not have. */
  count(value: number | null | undefined): string;
  /** A mean such as a span: "4.3" ("4,3" in Danish and Dutch). */
  mean(value: number | null | undefined): string;
  /** "12 March 2025", "12. marts 2025", "12 maart 2025": the month in words, never ambiguous. */
  date(date: Date): string;
  /** "1 error", "3 warnings", "2 info". */
  severityCount(severity: DeckSeverity, count: number): string;
  /** "Error", "Advarsel", "Opmerking". */
  severity(severity: DeckSeverity): string;
  /** "Added", "Flyttet", "Nieuwe titel". */
  change(change: DeckChange): string;
  /** "3, 5 and 8", "3, 5 og 8", "3, 5 en 8". */
  list(items: readonly string[]): string;
}

// English as written in Britain and Europe: day before month, no serial comma.
const TAGS: Record<DeckLocale, string> = { en: 'en-GB', da: 'da-DK', nl: 'nl-NL' };

const cache = new Map<DeckLocale, DeckWords>();

/** The words of a deck in `locale` (English when absent), made once per language. */
export function deckWords(locale: DeckLocale = 'en'): DeckWords {
  let words = cache.get(locale);
  if (words === undefined) {
    words = makeWords(locale);
    cache.set(locale, words);
  }
  return words;
}

function makeWords(locale: DeckLocale): DeckWords {
  const tag = TAGS[locale];
  const messages = deckMessages[locale];
  const compiled = new Map<DeckMessageId, IntlMessageFormat>();
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const longDate = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' });
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  const text = (id: DeckMessageId, values?: Values) => {
    let format = compiled.get(id);
    if (format === undefined) {
      format = new IntlMessageFormat(messages[id], tag, undefined, { ignoreTag: true });
      compiled.set(id, format);
    }
    return String(format.format(values));
  };
  const figure = (format: Intl.NumberFormat) => (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) ? format.format(value) : '–';
  return {
    locale,
    tag,
    text,
    count: figure(whole),
    mean: figure(oneDecimal),
    date: (date) => longDate.format(date),
    severityCount: (severity, count) => text('severityCount', { severity, count }),
    severity: (severity) => text('severity', { severity }),
    change: (change) => text('change', { change }),
    list: (items) => lists.format(items),
  };
}
