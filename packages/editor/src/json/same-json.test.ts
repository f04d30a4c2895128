import { describe, expect, test } from 'vitest';
import { sameJson } from './same-json.js';

describe('sameJson', () => {
  test('ignores the order of object keys but not of array items', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });

  test('tells different values, types and shapes apart', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });

  test('an undefined member is the same as an absent one, as in JSON', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  test('handles deep nesting without overflowing the stack', () => {
    let x: unknown = 0;
    let y: unknown = 0;
    for (let i = 0; i < 100_000; i++) {
      x = { next: x };
      y = { next: y };
    }
    expect(sameJson(x, y)).toBe(true);
  });
});
