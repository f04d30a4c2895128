import type { Request, RequestHandler, Response } from 'express';
import type { Change } from '../storage/records.js';
import { statusProblem, typedProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

// Optimistic concurrency: every read of a saved resource carries its version as a strong ETag
// ("3"), and every change must send it back in If-Match. The store changes the record only if it
// is still at that version, so a save based on an old read is refused (412), never applied.

/** The ETag of a version. */
export function etag(version: number): string {
  return `"${version}"`;
}

const versionTag = /^(?:W\/)?"(\d{1,9})"$|^(\d{1,9})$/;

/**
 * The version named by If-Match. An entity tag that names no version (say, an ETag from another
 * resource) gives 0, which no record has: the change is then refused as stale, with the current
 * version in the answer. Weak tags (W/"3") count as their version, since proxies that compress
 * answers weaken ETags on the way.
 */
export function ifMatchVersion(req: Request, what: string): number {
  const header = req.get('if-match')?.trim();
  if (header === undefined || header === '') {
    throw typedProblem('if-match-required', problemText('ifMatchMissing', { what }));
  }
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*')) {
    throw typedProblem('if-match-required', problemText('ifMatchAny', { what }));
  }
  if (tags.length > 1) {
    throw statusProblem(400, problemText('ifMatchMany', { what, count: tags.length }));
  }
  const match = versionTag.exec(tags[0]!);
  return match === null ? 0 : Number(match[1] ?? match[2]);
}

/** Answers a saved resource with its version as ETag; clients revalidate before using a copy. */
export function sendVersioned(res: Response, status: number, resource: { version: number }): void {
  res.setHeader('ETag', etag(resource.version));
  res.setHeader('Cache-Control', 'private, no-cache');
  res.status(status).json(resource);
}

/** The 412 answer for a change based on an old version, with the current resource. */
export function versionMismatch(
  req: Request,
  what: string,
  current: { version: number; name?: string },
) {
  const sent = req.get('if-match')?.trim() ?? '';
  return typedProblem(
    'version-mismatch',
    problemText('versionMismatch', {
      what,
      // "none" is no name a select can confuse: a record's name is never that word alone in ICU.
      name: current.name ?? 'none',
      sent: sent.length > 40 ? `${sent.slice(0, 40)}…` : sent,
      current: current.version,
    }),
    { currentVersion: current.version, current },
    { ETag: etag(current.version) },
  );
}

/** Refuses a change without If-Match before its body is read. */
export function requireIfMatch(what: string): RequestHandler {
  return (req, _res, next) => {
    ifMatchVersion(req, what);
    next();
  };
}

/** The result of a guarded change, or the 412 (with the current record) or 404 to answer. */
export async function settle<T, C extends { version: number; name?: string }>(
  req: Request,
  outcome: Change<T, C>,
  what: string,
  notFound: () => Error | Promise<Error>,
): Promise<T> {
  if (outcome.status === 'done') return outcome.value;
  if (outcome.status === 'stale') throw versionMismatch(req, what, outcome.current);
  throw await notFound();
}
