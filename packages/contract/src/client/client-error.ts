import type { InputIssue } from '@orgwise/domain';
import type { z } from 'zod';
import type { problemSchema } from '../schemas/problem.js';
import type { FetchResponse } from './fetch-like.js';

export type Problem = z.output<typeof problemSchema>;

/**
 * What went wrong with a call, by what the caller can do about it. Every answer from the server
 * keeps its problem document (`problem.type` tells, say, a share link's missing password apart).
 */
export type ClientError<Current = unknown> =
  | { kind: 'not-found'; status: 404; message: string; problem: Problem }
  /** 401: the server wants the API key (or the one sent is wrong), or a share link its password. */
  | { kind: 'unauthorized'; status: 401; message: string; problem: Problem }
  /** 412: someone saved first. `current` is the resource as the server holds it now. */
  | {
      kind: 'conflict';
      status: 412;
      message: string;
      currentVersion: number;
      current: Current;
      problem: Problem;
    }
  /** 429: wait `retryAfterMs` before asking again. */
  | { kind: 'rate-limited'; status: 429; message: string; retryAfterMs: number; problem: Problem }
  /** The server could not be reached, did not answer in time, or a gateway answered for it. */
  | { kind: 'network'; message: string }
  /** Any other problem (400, 413, 428, 5xx …): its detail and input errors. */
  | { kind: 'problem'; status: number; message: string; errors: InputIssue[]; problem: Problem };

const defaultRetryAfterMs = 5_000;

/** `"3"`, `W/"3"` or `3` → 3; anything else → null. */
export function versionFromEtag(etag: string | null): number | null {
  if (etag === null) return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(etag.trim());
  return match === null ? null : Number(match[1]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuesOf(value: unknown): InputIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is InputIssue =>
      isRecord(issue) && typeof issue.message === 'string' && Array.isArray(issue.path),
  );
}

/** Retry-After in seconds (the only form this API sends), else a few seconds. */
function retryAfterMs(header: string | null): number {
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : defaultRetryAfterMs;
}

/**
 * The error of a non-2xx answer. A body that is not a problem document (a proxy's page) still
 * gives a problem of the answer's status, so callers always have a message to show.
 */
export function errorFromResponse<Current>(
  response: FetchResponse,
  body: unknown,
): ClientError<Current> {
  const status = response.status;
  const fields = isRecord(body) ? body : {};
  const title = typeof fields.title === 'string' ? fields.title : `Status ${status}`;
  const problem: Problem = {
    ...fields,
    type: typeof fields.type === 'string' ? fields.type : 'about:blank',
    title,
    status,
  };
  const message =
    typeof fields.detail === 'string'
      ? fields.detail
      : typeof fields.title === 'string'
        ? fields.title
        : `The server answered with status ${status}.`;
  switch (status) {
    case 401:
      return { kind: 'unauthorized', status, message, problem };
    case 404:
      return { kind: 'not-found', status, message, problem };
    case 412: {
      const currentVersion =
        typeof fields.currentVersion === 'number'
          ? fields.currentVersion
          : versionFromEtag(response.headers.get('ETag'));
      if (currentVersion !== null) {
        // The server sends the resource the record's ifMatch names (contract endpoints).
        const current = fields.current as Current;
        return { kind: 'conflict', status, message, currentVersion, current, problem };
      }
      break;
    }
    case 429: {
      const wait = retryAfterMs(response.headers.get('Retry-After'));
      return { kind: 'rate-limited', status, message, retryAfterMs: wait, problem };
    }
  }
  return { kind: 'problem', status, message, errors: issuesOf(fields.errors), problem };
}
