import { describe, expect, it } from 'vitest';
import { defineMessages, isCatalogue } from './catalogue.js';
import { catalogueProblems, placeholdersOf } from './catalogue-check.js';

// Every catalogue of the editor, wherever it lives: each feature and layer keeps its texts in a
// `messages.ts` (or `<part>.messages.ts`) beside its code, found here without a list to keep.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../**/messages.ts', '../**/*.messages.ts'],
  { eager: true },
);

const catalogues = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCatalogue(value))
    .map(([name, value]) => [`${file.replace('../', '')} ${name}`, value] as const),
);

describe('the editor’s catalogues', () => {
  it('are found in every messages file', () => {
    expect(catalogues.length).toBeGreaterThan(0);
    for (const [file, exports] of Object.entries(modules)) {
      expect(Object.values(exports).some(isCatalogue), `${file} exports no catalogue`).toBe(true);
    }
  });

  it.each(catalogues)('%s: every key in every language, parsing, same placeholders', (_, c) => {
    expect(isCatalogue(c) ? catalogueProblems(c) : ['not a catalogue']).toEqual([]);
  });
});

describe('the catalogue check', () => {
  it('sees a missing key, a changed placeholder, a lost plural argument and bad syntax', () => {
    const broken = {
      en: {
        a: 'Hello {name}',
        b: '{count, plural, one {# info} other {# infos}}',
        c: 'Plain',
        d: '<b>{who}</b> moved',
      },
      da: { a: 'Hej {navn}', b: 'Nogle info', c: 'Enkel {', d: '<b>{who}</b> flyttede' },
      nl: { a: 'Hallo {name}', b: '{count, plural, one {# info} other {# infos}}', d: '{who}' },
    };
    expect(catalogueProblems(broken as never)).toEqual([
      'da: a has placeholders [navn], English [name]',
      'da: b has placeholders [], English [count]',
      expect.stringMatching(/^da: c does not parse/),
      'nl: c is missing',
      'nl: d has placeholders [who], English [<b>, who]',
    ]);
  });

  it('finds arguments inside plural branches and tags', () => {
    expect(
      placeholdersOf('en', '{n, plural, one {<b>{who}</b>} other {{who} and # more}}'),
    ).toEqual(['<b>', 'n', 'who']);
  });

  it('accepts a well-formed catalogue and marks it as one', () => {
    const good = defineMessages({
      en: { n: '{count, plural, one {# finding} other {# findings}}' },
      da: { n: '{count, plural, one {# fund} other {# fund}}' },
      nl: { n: '{count, plural, one {# bevinding} other {# bevindingen}}' },
    });
    expect(isCatalogue(good)).toBe(true);
    expect(catalogueProblems(good)).toEqual([]);
  });
});
