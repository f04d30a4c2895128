import { useLocale } from '../i18n/locale-store.js';

// The dates the editor shows, in the chosen language (the browser's variant of it: en-GB, nl-BE):
// one Intl formatter per style and language, made when first needed. Components that show them
// re-render on a change of language through their messages (useMessages).

interface DateFormat {
  format(date: Date | number): string;
}

function followingLocale(options: Intl.DateTimeFormatOptions): DateFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return {
    format(date) {
      const tag = useLocale.getState().formatting;
      let formatter = made.get(tag);
      if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat(tag, options);
        made.set(tag, formatter);
      }
      return formatter.format(date);
    },
  };
}

/** "23 Nov 2026, 16:04": when something was saved or deleted. */
export const dateAndTime = followingLocale({ dateStyle: 'medium', timeStyle: 'short' });

/** "23 Nov 2026". */
export const dateOnly = followingLocale({ dateStyle: 'medium' });
