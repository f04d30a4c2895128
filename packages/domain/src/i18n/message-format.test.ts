import { describe, expect, test } from 'vitest';
import { formatMessage } from './message-format.js';

// The formatters are shared per language (message-format.ts): each language must keep its own
// numbers, plurals and lists, whichever language formatted the same options first.
describe('formatMessage', () => {
  const count = '{n, plural, one {# position} other {# positions}}';
  const reports =
    '{n, number} people, {level, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} layer';

  test('numbers and plurals in the language of the message', () => {
    expect(formatMessage('en', count, { n: 1 })).toBe('1 position');
    expect(formatMessage('en', count, { n: 1200 })).toBe('1,200 positions');
    expect(
      formatMessage('da', '{n, plural, one {# stilling} other {# stillinger}}', { n: 1200 }),
    ).toBe('1.200 stillinger');
    expect(formatMessage('nl', '{n, plural, one {# functie} other {# functies}}', { n: 1 })).toBe(
      '1 functie',
    );
    expect(formatMessage('en', count, { n: 2 })).toBe('2 positions');
  });

  test('the same options in two languages do not share a formatter', () => {
    const text = '{n, number}';
    expect(formatMessage('da', text, { n: 1234.5 })).toBe('1.234,5');
    expect(formatMessage('en', text, { n: 1234.5 })).toBe('1,234.5');
    expect(formatMessage('nl', text, { n: 1234.5 })).toBe('1.234,5');
  });

  test('ordinals use their own plural rules', () => {
    expect(formatMessage('en', reports, { n: 3, level: 2 })).toBe('3 people, 2nd layer');
    expect(formatMessage('en', reports, { n: 3, level: 3 })).toBe('3 people, 3rd layer');
    expect(formatMessage('en', reports, { n: 3, level: 11 })).toBe('3 people, 11th layer');
  });

  test('lists are joined as the language joins them', () => {
    const text = '{names}';
    expect(formatMessage('en', text, { names: ['CIO', 'CTO', 'CISO'] })).toBe('CIO, CTO and CISO');
    expect(formatMessage('da', text, { names: ['CIO', 'CTO', 'CISO'] })).toBe('CIO, CTO og CISO');
    expect(formatMessage('nl', text, { names: ['CIO', 'CTO', 'CISO'] })).toBe('CIO, CTO en CISO');
  });
});
