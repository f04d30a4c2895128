import { z } from 'zod';

// Fields shared by the saved workspaces, scenarios and revisions.

export const idSchema = z
  .string({ error: 'An id must be a string' })
  .regex(
    /^[A-Za-z0-9_-]{22}$/,
    'Not an id: ids are 22 characters of letters, digits, "-" and "_", as the server returned them',
  )
  .meta({
    description: '128 random bits in base64url (22 characters), assigned by the server.',
    example: 'k3JzVq0cR1mXo8Lw2bT9aA',
  });

/**
 * The largest value of PostgreSQL's `integer`, the type of every version and count column: a
 * larger number would fail the query (a 500), so it is refused where it comes in (a 400).
 */
export const maxDatabaseInteger = 2_147_483_647;

export const versionSchema = z
  .number()
  .int()
  .min(1)
  .max(maxDatabaseInteger, `A version is at most ${maxDatabaseInteger}`)
  .meta({
    description:
      'Counts the saves, starting at 1. It is also the ETag; send it back in If-Match to change the resource.',
    example: 3,
  });

/** When something was saved, in UTC (ISO 8601, as the server writes it). */
export const timestampSchema = z
  .string()
  .meta({ format: 'date-time', example: '2026-11-23T09:36:56.636Z' });

/** A short label: trimmed, 1 to 200 characters. */
export function labelSchema(what: string) {
  return z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(200, `${what} must be at most 200 characters`);
}

/** Free text: up to `max` characters. */
export function textSchema(what: string, max: number) {
  return z
    .string({ error: `${what} must be text` })
    .max(max, `${what} must be at most ${max.toLocaleString('en-US')} characters`);
}
