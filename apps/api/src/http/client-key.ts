import { isIPv6 } from 'node:net';
import { Address6 } from 'ip-address';

/**
 * The key a client's requests are counted under: its IP address, or for IPv6 its /56 network.
 * One IPv6 subscriber usually gets a /56 or /64 of its own and can use any address in it, so
 * counting by address would give each subscriber billions of budgets. IPv4 addresses written as
 * IPv6 (`::ffff:192.0.2.1`) count as the IPv4 address they are.
 */
export function clientKey(ip: string | undefined): string {
  if (ip === undefined || ip === '') return 'unknown';
  if (!isIPv6(ip)) return ip;
  const address = new Address6(ip);
  if (address.isMapped4()) return address.to4().correctForm();
  return new Address6(`${ip}/56`).networkForm();
}
