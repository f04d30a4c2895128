import type { Locale } from './locale.js';

/**
 * One part of the editor's texts (a feature's, a layer's) in every language: ICU MessageFormat by
 * key. Kept next to the code that shows them, so that people adding texts to different features
 * never edit the same file.
 */
export type Catalogue<Key extends string = string> = {
  readonly [L in Locale]: Readonly<Record<Key, string>>;
};

const catalogues = new WeakSet<object>();

/**
 * Declares a catalogue. The compiler refuses a language that lacks a key of the English texts or
 * has one they lack; `catalogues.test.ts` checks that every language's message parses and uses
 * the same placeholders as the English one.
 */
export function defineMessages<const Key extends string>(
  texts: { en: Record<Key, string> } & {
    [L in Exclude<Locale, 'en'>]: Record<NoInfer<Key>, string>;
  },
): Catalogue<Key> {
  catalogues.add(texts);
  return texts;
}

/** Whether a value was declared with `defineMessages` (the catalogue test finds them so). */
export function isCatalogue(value: unknown): value is Catalogue {
  return typeof value === 'object' && value !== null && catalogues.has(value);
}
