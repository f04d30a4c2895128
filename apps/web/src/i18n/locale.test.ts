import { describe, expect, it } from 'vitest';
import { formattingLocale, initialLocale } from './locale.js';

describe('initialLocale', () => {
  it('keeps a stored choice the editor still speaks', () => {
    expect(initialLocale('nl', ['da-DK'])).toBe('nl');
    expect(initialLocale('fr', ['da-DK'])).toBe('da');
  });

  it('follows the browser’s first language it speaks, else English', () => {
    expect(initialLocale(null, ['fr-FR', 'nl-BE', 'da'])).toBe('nl');
    expect(initialLocale(null, ['en-US', 'da'])).toBe('en');
    expect(initialLocale(null, ['fr', 'de'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});

describe('formattingLocale', () => {
  it('takes the browser’s variant of the chosen language', () => {
    expect(formattingLocale('en', ['da-DK', 'en-GB'])).toBe('en-GB');
    expect(formattingLocale('nl', ['nl-BE'])).toBe('nl-BE');
    expect(formattingLocale('da', ['en-US'])).toBe('da');
  });
});
