import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue } from './catalogue.js';
import { type Locale, locales } from './locale.js';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

// icu-messageformat-parser's element types: 1–6 take an argument (plain, number, date, time,
// select, plural), 8 is a rich-text tag.
const argumentTypes = new Set([1, 2, 3, 4, 5, 6]);
const tagType = 8;

/**
 * What a message's translations must keep: every argument and every tag, in every plural and
 * select branch. Parsed with tags on, as react-intl parses, so that text that would be read as a
 * tag fails here. Walks with a stack: a message nests only a few levels, but no recursion is needed.
 */
export function placeholdersOf(locale: Locale, text: string): string[] {
  const found = new Set<string>();
  const stack: MessageElement[] = [...new IntlMessageFormat(text, locale).getAst()];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (argumentTypes.has(element.type) && 'value' in element) found.add(String(element.value));
    if (element.type === tagType && 'value' in element) found.add(`<${String(element.value)}>`);
    if ('options' in element) {
      for (const option of Object.values(element.options)) stack.push(...option.value);
    }
    if ('children' in element) stack.push(...element.children);
  }
  return [...found].sort();
}

/** What is wrong with a catalogue's translations, one line each; empty when nothing is. */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const english = catalogue.en;
  for (const locale of locales) {
    const texts: Readonly<Record<string, string>> = catalogue[locale] ?? {};
    for (const key of Object.keys(english)) {
      if (!(key in texts)) problems.push(`${locale}: ${key} is missing`);
    }
    for (const [key, text] of Object.entries(texts)) {
      const source = english[key];
      if (source === undefined) {
        problems.push(`${locale}: ${key} is not an English key`);
        continue;
      }
      if (text.trim() === '') {
        problems.push(`${locale}: ${key} is empty`);
        continue;
      }
      try {
        const mine = placeholdersOf(locale, text).join(', ');
        const theirs = placeholdersOf('en', source).join(', ');
        if (mine !== theirs)
          problems.push(`${locale}: ${key} has placeholders [${mine}], English [${theirs}]`);
      } catch (error) {
        problems.push(`${locale}: ${key} does not parse: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}
