import { describe, expect, it } from 'vitest';
import { cliLocale } from './cli-locale.js';

describe('cliLocale', () => {
  it('takes --lang over the environment', () => {
    expect(cliLocale('nl', { LANG: 'da_DK.UTF-8' })).toBe('nl');
  });

  it('reads the POSIX locale: LC_ALL over LC_MESSAGES over LANG', () => {
    expect(cliLocale(undefined, { LANG: 'da_DK.UTF-8' })).toBe('da');
    expect(cliLocale(undefined, { LANG: 'da_DK.UTF-8', LC_MESSAGES: 'nl_BE.UTF-8' })).toBe('nl');
    expect(cliLocale(undefined, { LC_ALL: 'en_GB.UTF-8', LC_MESSAGES: 'nl_NL', LANG: 'da' })).toBe(
      'en',
    );
    // An empty variable is unset, as POSIX says.
    expect(cliLocale(undefined, { LC_ALL: '', LANG: 'nl_NL@euro' })).toBe('nl');
  });

  it('falls back to English: no locale, C, POSIX or a language Orgwise does not speak', () => {
    for (const LANG of [undefined, 'C', 'C.UTF-8', 'POSIX', 'de_DE.UTF-8']) {
      expect(cliLocale(undefined, { LANG }), String(LANG)).toBe('en');
    }
  });
});
