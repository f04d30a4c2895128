import { useLocale } from './locale-store.js';

/**
 * Keeps `<html lang>` on the chosen language, so that screen readers pronounce the editor's words
 * in it and browsers hyphenate its long compounds (`hyphens: auto` needs the language).
 * Returns the unsubscribe.
 */
export function syncDocumentLanguage(root: HTMLElement): () => void {
  root.lang = useLocale.getState().locale;
  return useLocale.subscribe((state) => {
    root.lang = state.locale;
  });
}
