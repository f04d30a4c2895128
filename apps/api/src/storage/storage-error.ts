import { DrizzleQueryError } from 'drizzle-orm/errors';

/**
 * A database failure, described without the query's parameters. Drizzle puts the parameters in
 * its error message, and they hold charts (people's names): the 500 handler logs the error, so
 * the message must not carry them.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** Runs a database call, replacing a query error by a StorageError that names no data. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw sanitize(error);
  }
}

function sanitize(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const cause = error.cause as (Error & { code?: unknown }) | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const statement = error.query.trim().split(/\s+/, 2).join(' ');
  const storageError = new StorageError(
    `Database query failed (${statement} …): ${cause?.message ?? 'no details'}`,
    code,
  );
  if (cause?.stack)
    storageError.stack = `${storageError.name}: ${storageError.message}\n${cause.stack.split('\n').slice(1).join('\n')}`;
  return storageError;
}
