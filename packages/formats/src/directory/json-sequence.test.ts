import { describe, expect, it } from 'vitest';
import { parseJsonSequence } from './json-sequence.js';

describe('parseJsonSequence', () => {
  it('reads pages written one after another, with or without line breaks', () => {
    expect(parseJsonSequence('{"value": [1]}{"value": [2]}')).toEqual([
      { value: [1] },
      { value: [2] },
    ]);
    expect(parseJsonSequence('{"a": "}{"}\n{"b": "\\"}"}\n')).toEqual([{ a: '}{' }, { b: '"}' }]);
  });

  it('is not a sequence for one value, broken JSON or stray text', () => {
    expect(parseJsonSequence('{"a": 1}')).toBeUndefined();
    expect(parseJsonSequence('{"a": 1}{"b": }')).toBeUndefined();
    expect(parseJsonSequence('{"a": 1} x {"b": 2}')).toBeUndefined();
    expect(parseJsonSequence('{"a": 1}}')).toBeUndefined();
    expect(parseJsonSequence('{"a": 1}{')).toBeUndefined();
  });
});
