import { type PaletteEntry, paletteEntries } from '@orgwise/editor';
import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translate.js';
import { paletteMessages } from './palette.messages.js';

type Key = keyof typeof paletteMessages.en;
const isKey = (key: string): key is Key => key in paletteMessages.en;

const made = new Map<Locale, readonly PaletteEntry[]>();

/**
 * The palette's entries in a language: labels and hints in it, and new positions titled as
 * people there title them ("Chefjurist", "Nieuwe functie"); an acronym (CEO, CFO) stays one.
 */
export function localPaletteEntries(locale: Locale): readonly PaletteEntry[] {
  let entries = made.get(locale);
  if (entries === undefined) {
    const t = translator(paletteMessages, locale);
    const text = (key: string, fallback: string) => (isKey(key) ? t(key) : fallback);
    entries = paletteEntries.map((entry) => ({
      ...entry,
      label: text(`${entry.key}.label`, entry.label),
      hint: text(`${entry.key}.hint`, entry.hint),
      title: text(`${entry.key}.title`, entry.title),
    }));
    made.set(locale, entries);
  }
  return entries;
}
