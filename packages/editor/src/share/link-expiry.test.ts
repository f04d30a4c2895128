import { describe, expect, test } from 'vitest';
import { expiryOf } from './link-expiry.js';

const now = new Date('2027-03-01T10:00:00Z');

describe('expiryOf', () => {
  test('never is null; days count from now', () => {
    expect(expiryOf('never', '', now)).toBeNull();
    expect(expiryOf('7', '', now)).toBe('2027-03-08T10:00:00.000Z');
  });

  test('a day ends at 23:59:59 local time; no day yet is undefined', () => {
    expect(new Date(expiryOf('date', '2027-03-14', now)!).getHours()).toBe(23);
    expect(expiryOf('date', '', now)).toBeUndefined();
    expect(expiryOf('date', 'next week', now)).toBeUndefined();
  });
});
