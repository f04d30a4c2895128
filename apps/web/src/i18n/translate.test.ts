import { describe, expect, it } from 'vitest';
import { defineMessages } from './catalogue.js';
import { useLocale } from './locale-store.js';
import { translate, translator } from './translate.js';

const sample = defineMessages({
  en: {
    findings: '{count, plural, one {# finding} other {# findings}}',
    saved: 'Saved {when, date, medium}',
    people: '{count, number} people',
  },
  da: {
    findings: '{count, plural, one {# fund} other {# fund}}',
    saved: 'Gemt {when, date, medium}',
    people: '{count, number} personer',
  },
  nl: {
    findings: '{count, plural, one {# bevinding} other {# bevindingen}}',
    saved: 'Opgeslagen {when, date, medium}',
    people: '{count, number} personen',
  },
});

describe('translator', () => {
  it('chooses plurals and writes numbers as each language does', () => {
    expect(translator(sample, 'en')('findings', { count: 1 })).toBe('1 finding');
    expect(translator(sample, 'en')('findings', { count: 2 })).toBe('2 findings');
    expect(translator(sample, 'nl')('findings', { count: 2 })).toBe('2 bevindingen');
    expect(translator(sample, 'da')('people', { count: 1200 })).toBe('1.200 personer');
    expect(translator(sample, 'en')('people', { count: 1200 })).toBe('1,200 people');
  });

  it('writes dates in the formatting locale', () => {
    const when = new Date(Date.UTC(2026, 10, 23, 12));
    expect(translator(sample, 'da', 'da-DK')('saved', { when })).toBe('Gemt 23. nov. 2026');
    expect(translator(sample, 'en', 'en-GB')('saved', { when })).toBe('Saved 23 Nov 2026');
  });

  it('is made once per catalogue and language', () => {
    expect(translator(sample, 'nl')).toBe(translator(sample, 'nl'));
    expect(translator(sample, 'nl')).not.toBe(translator(sample, 'da'));
  });

  it('follows the chosen language outside React', () => {
    useLocale.getState().setLocale('nl');
    expect(translate(sample)('findings', { count: 3 })).toBe('3 bevindingen');
    useLocale.getState().setLocale('en');
    expect(translate(sample)('findings', { count: 3 })).toBe('3 findings');
  });
});
