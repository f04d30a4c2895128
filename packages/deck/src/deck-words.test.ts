import { describe, expect, it } from 'vitest';
import { deckWords } from './deck-words.js';

const date = new Date(2025, 2, 12);

describe('deckWords', () => {
  it('writes numbers, dates and counts as each language does', () => {
    const [en, da, nl] = (['en', 'da', 'nl'] as const).map((locale) => deckWords(locale));
    expect([en!.count(1250), da!.count(1250), nl!.count(1250)]).toEqual([
      '1,250',
      '1.250',
      '1.250',
    ]);
    expect([en!.mean(4.25), da!.mean(4.25), nl!.mean(4.25)]).toEqual(['4.3', '4,3', '4,3']);
    expect([en!.date(date), da!.date(date), nl!.date(date)]).toEqual([
      '12 March 2025',
      '12. marts 2025',
      '12 maart 2025',
    ]);
    expect(en!.count(null)).toBe('–');
  });

  it('counts findings with each language’s plurals', () => {
    const en = deckWords('en');
    expect(['error', 'warning', 'info'].map((s) => en.severityCount(s as 'error', 1))).toEqual([
      '1 error',
      '1 warning',
      '1 info',
    ]);
    expect(en.severityCount('warning', 3)).toBe('3 warnings');
    expect(deckWords('da').severityCount('warning', 1)).toBe('1 advarsel');
    expect(deckWords('da').severityCount('warning', 3)).toBe('3 advarsler');
    expect(deckWords('da').severityCount('error', 3)).toBe('3 fejl');
    expect(deckWords('da').severityCount('info', 2)).toBe('2 bemærkninger');
    expect(deckWords('nl').severityCount('error', 1)).toBe('1 fout');
    expect(deckWords('nl').severityCount('error', 2)).toBe('2 fouten');
    expect(deckWords('nl').severityCount('info', 1_200)).toBe('1.200 opmerkingen');
  });

  it('is English when no language is given', () => {
    expect(deckWords().text('keyMetrics')).toBe('Key metrics');
    expect(deckWords('da').text('keyMetrics')).toBe('Nøgletal');
    expect(deckWords('nl').text('keyMetrics')).toBe('Kerncijfers');
  });
});
