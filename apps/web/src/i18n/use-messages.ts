import type { Catalogue } from './catalogue.js';
import { useLocale } from './locale-store.js';
import { type Translate, translator } from './translate.js';

/** A catalogue's messages in the chosen language; the component re-renders when it changes. */
export function useMessages<Key extends string>(catalogue: Catalogue<Key>): Translate<Key> {
  const locale = useLocale((state) => state.locale);
  const formatting = useLocale((state) => state.formatting);
  return translator(catalogue, locale, formatting);
}
