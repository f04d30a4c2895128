import { describe, expect, test } from 'vitest';
import { nextOptionName } from './option-name.js';

describe('nextOptionName', () => {
  test('the first free letter', () => {
    expect(nextOptionName(['Current'])).toBe('Option A');
    expect(nextOptionName(['Current', 'Option A', 'option c '])).toBe('Option B');
  });

  test('numbers after Z, skipping taken ones', () => {
    const letters = Array.from({ length: 26 }, (_, i) => `Option ${String.fromCharCode(65 + i)}`);
    expect(nextOptionName(letters)).toBe('Option 27');
    expect(nextOptionName([...letters, 'Option 27'])).toBe('Option 28');
  });
});
