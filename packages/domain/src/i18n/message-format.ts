import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.js';
import type { MessageData } from './message-data.js';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

// The parser's element types (icu-messageformat-parser's TYPE enum), for the walk below.
const argumentTypes = new Set([1, 2, 3, 4, 5, 6]);
const selectType = 5;
const pluralType = 6;

/**
 * Compiled messages per language and text. A message is parsed once per process and language,
 * so that rendering a finding costs a lookup and a format, about what string concatenation did.
 */
const compiled: Record<Locale, Map<string, IntlMessageFormat>> = {
  en: new Map(),
  da: new Map(),
  nl: new Map(),
};

/** Intl formatters per language, shared by its messages (formattersOf). */
const formatters: Record<Locale, Formatters> = {
  en: formattersOf('en'),
  da: formattersOf('da'),
  nl: formattersOf('nl'),
};

/** English lists without the serial comma ("A, B and C"), as the rules always wrote them. */
const listLocale: Record<Locale, string> = { en: 'en-GB', da: 'da', nl: 'nl' };
const lists = new Map<Locale, Intl.ListFormat>();

/** Compiles a message for a language, or throws a SyntaxError naming what does not parse. */
export function compileMessage(locale: Locale, text: string): IntlMessageFormat {
  const cache = compiled[locale];
  let format = cache.get(text);
  if (format === undefined) {
    // No rich-text tags: "<rule>" in a usage line is text, not markup.
    format = new IntlMessageFormat(text, locale, undefined, {
      ignoreTag: true,
      formatters: formatters[locale],
    });
    cache.set(text, format);
  }
  return format;
}

/**
 * The Intl formatters of one language, shared by all its messages. intl-messageformat's own give
 * every message a cache of its own and key it by JSON.stringify of the arguments on every call,
 * which was a third of what rendering a finding cost. Here the language is fixed, and the options
 * a message passes are objects of its parsed text or of its formats (the same object on every
 * call), except plural rules' `{ type }`, which is keyed by the type.
 */
function formattersOf(locale: Locale): Formatters {
  const numbers = memoized(
    (options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
  );
  const dates = memoized(
    (options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  );
  const plurals = memoized((type: Intl.PluralRuleType) => new Intl.PluralRules(locale, { type }));
  return {
    getNumberFormat: (_locales, options) => numbers(options),
    getDateTimeFormat: (_locales, options) => dates(options),
    getPluralRules: (_locales, options) => plurals(options?.type ?? 'cardinal'),
  };
}

/** A function of one argument that makes its value once per argument (compared with `===`). */
function memoized<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/** Renders a message in a language; lists in the data are joined as that language joins them. */
export function formatMessage(locale: Locale, text: string, data: MessageData | undefined): string {
  const format = compileMessage(locale, text);
  if (data === undefined) return format.format() as string;
  let values: Record<string, string | number> | undefined;
  for (const key in data) {
    const value = data[key]!;
    if (typeof value === 'object') {
      values ??= { ...(data as Record<string, string | number>) };
      values[key] = listOf(locale, value);
    }
  }
  return format.format(values ?? (data as Record<string, string | number>)) as string;
}

function listOf(locale: Locale, items: readonly string[]): string {
  let list = lists.get(locale);
  if (list === undefined) {
    list = new Intl.ListFormat(listLocale[locale], { type: 'conjunction' });
    lists.set(locale, list);
  }
  return list.format(items);
}

const placeholderCache = new Map<string, readonly string[]>();

/**
 * The placeholders a message always needs: its arguments outside plural and select branches,
 * and what those choose by. Arguments inside a branch are needed only when the branch is taken,
 * and formatting it refuses a missing one.
 */
export function requiredPlaceholders(text: string): readonly string[] {
  let names = placeholderCache.get(text);
  if (names === undefined) {
    const found = new Set<string>();
    collect(compileMessage('en', text).getAst(), found);
    names = [...found];
    placeholderCache.set(text, names);
  }
  return names;
}

/** Every placeholder of a message, in every branch: translations must use the same ones. */
export function allPlaceholders(locale: Locale, text: string): Set<string> {
  const found = new Set<string>();
  collect(compileMessage(locale, text).getAst(), found, true);
  return found;
}

function collect(elements: readonly MessageElement[], into: Set<string>, deep = false): void {
  for (const element of elements) {
    if (argumentTypes.has(element.type) && 'value' in element) into.add(element.value as string);
    if (deep && (element.type === selectType || element.type === pluralType)) {
      for (const option of Object.values(
        (element as { options: Record<string, { value: MessageElement[] }> }).options,
      )) {
        collect(option.value, into, true);
      }
    }
  }
}
