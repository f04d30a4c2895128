/** The languages Orgwise speaks; English is the source language and the fallback. */
export const locales = ['en', 'da', 'nl'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

const known: ReadonlySet<string> = new Set(locales);

/**
 * The best supported language for what a caller asked for: a BCP 47 tag (`da-DK`, `nl-BE`), a
 * POSIX locale (`da_DK.UTF-8`, `nl_NL@euro`), or several in order of preference; each matches by
 * its language, and the first that matches wins. English when none does, so that an unknown or
 * malformed locale never fails a check.
 */
export function matchLocale(requested: string | readonly string[] | undefined): Locale {
  const list = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const tag of list) {
    const language = languageOf(tag);
    if (known.has(language)) return language as Locale;
  }
  return defaultLocale;
}

/** Whether a value is a supported language as it is (no matching). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && known.has(value);
}

function languageOf(tag: string): string {
  // POSIX adds a codeset and a modifier (da_DK.UTF-8@euro); BCP 47 separates with '-'.
  return tag
    .trim()
    .split(/[-_.@]/, 1)[0]!
    .toLowerCase();
}
