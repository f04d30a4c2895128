import { languageNames, locales } from './locale.js';
import { useLocale } from './locale-store.js';
import { messages } from './messages.js';
import { useMessages } from './use-messages.js';

/**
 * Chooses the editor's language; the choice is remembered in this browser. Each language is named
 * in itself (and marked so), so that a reader finds their own whatever the editor speaks now.
 */
export function LanguageSwitch() {
  const t = useMessages(messages);
  const locale = useLocale((state) => state.locale);
  return (
    <label className="language-switch" title={t('languageHint')}>
      <span className="sr-only">{t('language')}</span>
      <select
        className="input input--compact"
        value={locale}
        onChange={(event) => {
          const chosen = locales.find((candidate) => candidate === event.target.value);
          if (chosen !== undefined) useLocale.getState().setLocale(chosen);
        }}
        data-testid="language-switch"
      >
        {locales.map((candidate) => (
          <option key={candidate} value={candidate} lang={candidate}>
            {languageNames[candidate]}
          </option>
        ))}
      </select>
    </label>
  );
}
