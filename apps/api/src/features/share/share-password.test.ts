import { describe, expect, test } from 'vitest';
import { hashSharePassword, isSharePassword } from './share-password.js';

describe('share link passwords', () => {
  test('are kept as salted scrypt hashes that only the password matches', async () => {
    const stored = await hashSharePassword('café board 2027');
    expect(stored).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('board');
    expect(await isSharePassword('café board 2027', stored)).toBe(true);
    // The same text typed with a combining accent (another Unicode form) is the same password.
    expect(await isSharePassword('cafe\u0301 board 2027', stored)).toBe(true);
    expect(await isSharePassword('café board 2028', stored)).toBe(false);
    expect(await isSharePassword('', stored)).toBe(false);
  });

  test('the same password hashes differently each time (salted)', async () => {
    expect(await hashSharePassword('same')).not.toBe(await hashSharePassword('same'));
  });

  test('a stored value of another shape matches nothing', async () => {
    expect(await isSharePassword('x', 'plain-text')).toBe(false);
  });
});
