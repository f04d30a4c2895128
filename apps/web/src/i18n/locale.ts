import { type Locale, locales, matchLocale } from '@orgwise/domain';

// The editor speaks the domain's languages, so that its own words and the findings always agree.
export { type Locale, locales };

/** Each language named in itself, as a language switch lists them. */
export const languageNames: Readonly<Record<Locale, string>> = {
  en: 'English',
  da: 'Dansk',
  nl: 'Nederlands',
};

/**
 * The language to start in: the one chosen before (kept in storage) when it is still supported,
 * otherwise the first of the browser's preferred languages the editor speaks, otherwise English.
 */
export function initialLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (stored !== null && (locales as readonly string[]).includes(stored)) return stored as Locale;
  return matchLocale(preferred);
}

/**
 * The tag numbers and dates are written in: the browser's own variant of the chosen language when
 * it prefers one (`en-GB`, `nl-BE`), else the language alone.
 */
export function formattingLocale(locale: Locale, preferred: readonly string[]): string {
  return (
    preferred.find((tag) => matchLocale(tag) === locale && tag.toLowerCase().startsWith(locale)) ??
    locale
  );
}
