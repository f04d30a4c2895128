import { describe, expect, it } from 'vitest';
import { TypoCorrector } from './correct-typos.js';

describe('TypoCorrector', () => {
  const corrector = new TypoCorrector(['chief', 'financial', 'officer', 'technology', 'director']);

  it('mends one swap, addition, deletion or change in a long word', () => {
    expect(corrector.correct('cheif')).toBe('chief');
    expect(corrector.correct('finacial')).toBe('financial');
    expect(corrector.correct('officerr')).toBe('officer');
    expect(corrector.correct('tecknology')).toBe('technology');
  });

  it('leaves short words, unknown words and two-edit typos alone', () => {
    expect(corrector.correct('ops')).toBeUndefined();
    expect(corrector.correct('engineer')).toBeUndefined();
    expect(corrector.correct('drictor')).toBeUndefined();
  });

  it('answers at once for a word far longer than any it knows', () => {
    // Every look-up is bounded by the longest known word: a 9 MB "word" is not read letter by letter.
    expect(corrector.correct('x'.repeat(2_000_000))).toBeUndefined();
  });
});
