import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// A share link's password, kept as a salted scrypt hash (RFC 7914): a copy of the database gives
// out neither the password nor a cheap way to guess it. Stored as
// "scrypt$<log2 N>$<r>$<p>$<salt>$<hash>" (base64url), so the cost can be raised later without
// breaking the links made before. scrypt runs on libuv's thread pool, not the main thread.

const cost = { logN: 15, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number) {
  return new Promise<Buffer>((resolve, reject) => {
    // N = 2^15 with r = 8 needs 32 MB; the limit leaves room for one step up.
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N: 2 ** logN, r, p, maxmem: 128 * 1024 ** 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashSharePassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost.logN, cost.r, cost.p);
  return [
    'scrypt',
    cost.logN,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Whether `password` is the one hashed in `stored`; compared in constant time. */
export async function isSharePassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(logN),
    Number(r),
    Number(p),
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}
