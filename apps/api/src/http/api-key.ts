import { createHash, timingSafeEqual } from 'node:crypto';
import type { Endpoint } from '@orgwise/contract';
import type { RequestHandler } from 'express';
import { statusProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

/**
 * Whether a path under /api/v1 (as the router mounted there sees it, `/validate`) belongs to an
 * endpoint whose auth is not `key`: the stateless ones that store nothing, and the share links.
 */
export function openPaths(records: readonly Endpoint[]): (path: string) => boolean {
  const patterns = records
    .filter((endpoint) => endpoint.auth !== 'key' && endpoint.path.startsWith('/api/v1/'))
    .map((endpoint) => {
      const path = endpoint.path.slice('/api/v1'.length).replaceAll('.', '\\.');
      return new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`);
    });
  return (path) => {
    const trimmed = path.replace(/\/+$/, '');
    return patterns.some((pattern) => pattern.test(trimmed));
  };
}

/**
 * With ORGWISE_API_KEY set, the routes mounted after this one need `Authorization: Bearer <key>`,
 * except the `isOpen` paths. Any other path is closed, one added later or one that does not exist
 * included. Both keys are hashed before they are compared, so the comparison takes the same time
 * whatever the key's length or content.
 */
export function requireApiKey(key: string, isOpen: (path: string) => boolean): RequestHandler {
  const expected = digest(key);
  const realm = 'Bearer realm="Orgwise"';
  return (req, _res, next) => {
    // Preflight requests never carry credentials; they reveal only the allowed methods.
    if (req.method === 'OPTIONS' || isOpen(req.path)) {
      next();
      return;
    }
    const match = /^Bearer +([^\s]+) *$/i.exec(req.get('authorization') ?? '');
    if (match === null) {
      throw statusProblem(401, problemText('keyMissing'), {}, { 'WWW-Authenticate': realm });
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw statusProblem(
        401,
        problemText('keyWrong'),
        {},
        { 'WWW-Authenticate': `${realm}, error="invalid_token"` },
      );
    }
    next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
