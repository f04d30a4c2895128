import { randomBytes } from 'node:crypto';

// Workspace and scenario ids are the only thing between a stranger and a client's org chart when
// no API key is set, so they are unguessable: 16 random bytes (128 bits) from the operating
// system's CSPRNG, written as base64url (22 characters of A-Z a-z 0-9 - _). UUIDv4 would carry
// only 122 random bits.

const idPattern = /^[A-Za-z0-9_-]{22}$/;

/** A new random id. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether `text` has the shape of an id (it may still name nothing). */
export function isId(text: string): boolean {
  return idPattern.test(text);
}
