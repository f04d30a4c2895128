import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

const ids = [
  'ceo-at-top',
  'cto-under-cio',
  'cto-without-cio',
  'reporting-cycle',
  'span-of-control',
];

describe('didYouMean', () => {
  it('finds a name with a typo', () => {
    expect(didYouMean('reporting-cycel', ids)).toEqual(['reporting-cycle']);
    expect(didYouMean('span-of-controll', ids)).toEqual(['span-of-control']);
    expect(didYouMean('CEO-AT-TOP', ids)).toEqual(['ceo-at-top']);
  });

  it('finds the names that contain a fragment, nearest first', () => {
    expect(didYouMean('cycle', ids)).toEqual(['reporting-cycle']);
    expect(didYouMean('cto', ids)).toEqual(['cto-under-cio', 'cto-without-cio']);
  });

  it('finds a name inside a longer one', () => {
    expect(didYouMean('reporting-cycle-rule', ids)).toEqual(['reporting-cycle']);
  });

  it('suggests nothing for an unrelated name', () => {
    expect(didYouMean('payroll', ids)).toEqual([]);
    expect(didYouMean('', ids)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
