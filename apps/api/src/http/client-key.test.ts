import { describe, expect, test } from 'vitest';
import { clientKey } from './client-key.js';

describe('clientKey', () => {
  test('an IPv4 address is its own key', () => {
    expect(clientKey('192.0.2.10')).toBe('192.0.2.10');
  });

  test('IPv6 addresses of one /56 share a key; another /56 gets another', () => {
    const a = clientKey('2001:db8:0:1200::1');
    expect(clientKey('2001:db8:0:12ff:ffff::42')).toBe(a);
    expect(clientKey('2001:db8:0:1300::1')).not.toBe(a);
  });

  test('an IPv4 address written as IPv6 counts as the IPv4 address', () => {
    expect(clientKey('::ffff:192.0.2.10')).toBe('192.0.2.10');
  });

  test('no address (a closed socket) still gives a key', () => {
    expect(clientKey(undefined)).toBe('unknown');
  });
});
