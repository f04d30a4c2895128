import { safeStorage } from '@orgwise/editor';
import { create } from 'zustand';
import { formattingLocale, initialLocale, type Locale } from './locale.js';

/** Where the chosen language is kept between visits. */
export const languageStorageKey = 'orgwise.language';

interface LocaleState {
  /** The language the editor speaks. */
  locale: Locale;
  /** The tag numbers and dates are written in (`da-DK`, `en-GB`, or the language alone). */
  formatting: string;
  setLocale(locale: Locale): void;
}

function preferredLanguages(): readonly string[] {
  // Node (unit tests) has no navigator before version 21.
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

const storage = safeStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage));
const startLocale = initialLocale(
  storage?.getItem(languageStorageKey) ?? null,
  preferredLanguages(),
);

/**
 * The chosen language, outside React too (session notices, status messages). React components
 * read it through `useMessages`, which re-renders them when it changes.
 */
export const useLocale = create<LocaleState>()((set) => ({
  locale: startLocale,
  formatting: formattingLocale(startLocale, preferredLanguages()),
  setLocale: (locale) => {
    try {
      storage?.setItem(languageStorageKey, locale);
    } catch {
      // A full or refused storage forgets the choice after this visit; the switch still works.
    }
    set({ locale, formatting: formattingLocale(locale, preferredLanguages()) });
  },
}));
