import { allPlaceholders, locales } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { problemText, problemTexts, renderProblemText } from './problem-text.js';

describe('problem texts', () => {
  const english = problemTexts.en;

  it.each(locales)('%s has every text, with the same placeholders (parsing each)', (locale) => {
    const texts = problemTexts[locale];
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    for (const [id, text] of Object.entries(texts)) {
      const source = english[id as keyof typeof english];
      expect([...allPlaceholders(locale, text)].sort(), id).toEqual(
        [...allPlaceholders('en', source)].sort(),
      );
    }
  });

  it('renders braces quoted in ICU as braces, and counts with each language’s plurals', () => {
    expect(renderProblemText('en', problemText('sharePasswordMissing'))).toBe(
      'This link has a password: send it to POST /api/v1/shared/{token}/unlock as { "password": "…" }.',
    );
    const order = (locale: 'en' | 'da' | 'nl', missing: number, unknown: number) =>
      renderProblemText(locale, problemText('orderMismatch', { missing, unknown }));
    expect(order('en', 2, 1)).toContain('once: 2 missing and 1 not in the workspace.');
    expect(order('en', 0, 1)).toContain('once: 1 not in the workspace.');
    expect(order('da', 1, 0)).toContain('én gang: 1 mangler.');
    expect(order('nl', 2, 3)).toContain('één keer noemen: 2 ontbreken en 3 niet in de werkruimte.');
    const positions = problemText('tooManyPositions', {
      what: 'saved',
      count: 12000,
      limit: 10000,
    });
    expect(renderProblemText('en', positions)).toBe(
      'The saved chart has 12,000 positions; this server accepts at most 10,000.',
    );
    expect(renderProblemText('da', positions)).toBe(
      'Det gemte diagram har 12.000 stillinger; denne server modtager højst 10.000.',
    );
  });
});
