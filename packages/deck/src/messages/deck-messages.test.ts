import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { deckLocales, deckMessages } from './deck-messages.js';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

/** Every placeholder of a message, in every plural and select branch. */
function placeholders(locale: string, text: string): string[] {
  const found = new Set<string>();
  const pending: Element[] = [...new IntlMessageFormat(text, locale).getAst()];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if ('value' in element && element.type !== 0 && typeof element.value === 'string') {
      found.add(element.value);
    }
    if ('options' in element) {
      for (const option of Object.values(element.options)) pending.push(...option.value);
    }
  }
  return [...found].sort();
}

describe('deck catalogues', () => {
  const english = deckMessages.en;

  it.each(deckLocales)('%s has every text English has, with the same placeholders', (locale) => {
    const messages = deckMessages[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [id, text] of Object.entries(messages)) {
      expect(text.trim(), id).not.toBe('');
      const source = english[id as keyof typeof english];
      expect(placeholders(locale, text), id).toEqual(placeholders('en', source));
    }
  });

  it('notices a placeholder that differs', () => {
    expect(placeholders('da', 'Udarbejdet for {kunde}')).not.toEqual(
      placeholders('en', english.preparedFor),
    );
  });
});
