import type { ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape, type PrimitiveType } from 'react-intl';
import type { Catalogue } from './catalogue.js';
import type { Locale } from './locale.js';
import { useLocale } from './locale-store.js';

export type MessageValues = Record<string, PrimitiveType>;
export type RichMessageValues = Record<string, PrimitiveType | ReactNode>;

/** A catalogue's messages in one language. */
export interface Translate<Key extends string> {
  /** The message as text, its placeholders filled (plurals, numbers and dates as ICU writes them). */
  (key: Key, values?: MessageValues): string;
  /** The message with elements in its placeholders (a name in bold, a link). */
  rich(key: Key, values: RichMessageValues): ReactNode;
  /** The language. */
  readonly locale: Locale;
  /** react-intl's formatters in this language: formatNumber, formatDate, formatList, … */
  readonly intl: IntlShape;
}

// One formatter cache for every catalogue: react-intl memoises the Intl objects in it.
const cache = createIntlCache();
const made = new WeakMap<Catalogue, Map<string, Translate<string>>>();

/**
 * A catalogue's messages in a language, numbers and dates written as `formatting` writes them
 * (`da-DK`); made once per catalogue and language.
 */
export function translator<Key extends string>(
  catalogue: Catalogue<Key>,
  locale: Locale,
  formatting: string = locale,
): Translate<Key> {
  let byLocale = made.get(catalogue);
  if (byLocale === undefined) {
    byLocale = new Map();
    made.set(catalogue, byLocale);
  }
  const id = `${locale}|${formatting}`;
  let translate = byLocale.get(id);
  if (translate === undefined) {
    translate = makeTranslator(catalogue, locale, formatting);
    byLocale.set(id, translate);
  }
  return translate as Translate<Key>;
}

function makeTranslator(
  catalogue: Catalogue,
  locale: Locale,
  formatting: string,
): Translate<string> {
  const intl = createIntl(
    {
      locale: formatting,
      defaultLocale: 'en',
      messages: catalogue[locale],
      // A missing key cannot happen (the compiler and the catalogue test see to it); a message
      // that fails to format is a bug worth hearing about in the console, not a broken screen.
      onError: (error) => console.error(error),
    },
    cache,
  );
  const translate = (key: string, values?: MessageValues) =>
    intl.formatMessage({ id: key, defaultMessage: catalogue.en[key] }, values) as string;
  const rich = (key: string, values: RichMessageValues): ReactNode =>
    intl.formatMessage({ id: key, defaultMessage: catalogue.en[key] }, values) as ReactNode;
  return Object.assign(translate, { rich, locale, intl });
}

/**
 * A catalogue's messages in the chosen language, for code outside React (notices, status lines).
 * A component uses `useMessages`, which also re-renders it when the language changes.
 */
export function translate<Key extends string>(catalogue: Catalogue<Key>): Translate<Key> {
  const { locale, formatting } = useLocale.getState();
  return translator(catalogue, locale, formatting);
}
