import { describe, expect, test } from 'vitest';
import { findUnstorableText } from './storable-text.js';

describe('findUnstorableText', () => {
  test('accepts ordinary text, emoji (surrogate pairs) and every other control character', () => {
    expect(
      findUnstorableText({
        chart: { positions: [{ id: 'a', title: 'Direktør 🚀 \t\n\u0001\u001f\u2028' }] },
        n: 1,
        b: true,
        z: null,
      }),
    ).toEqual([]);
  });

  test('finds NUL characters and unpaired surrogates in values and keys, by path', () => {
    const issues = findUnstorableText({
      name: 'a\u0000',
      chart: {
        positions: [
          { id: 'x', title: 'ok' },
          { id: 'y', title: '\udbff' },
        ],
      },
      'key\u0000': 'fine',
    });
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([['name'], ['chart', 'positions', 1, 'title'], ['key\u0000']]),
    );
    expect(issues).toHaveLength(3);
    expect(issues.find((issue) => issue.path[0] === 'name')!.message).toMatch(/NUL character/);
    expect(issues.find((issue) => issue.path[0] === 'key\u0000')!.message).toMatch(/^This key: /);
  });

  test('walks 100,000 levels without recursion', () => {
    let value: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level++) value = [value];
    const [issue] = findUnstorableText(value);
    expect(issue!.path).toHaveLength(100_000);
  });
});
