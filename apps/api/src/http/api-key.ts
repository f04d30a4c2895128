import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { statusProblem } from './problem.js';

/**
 * With ORGWISE_API_KEY set, the routes mounted after this one need `Authorization: Bearer <key>`,
 * except the `open` paths (the stateless ones that store nothing). Both keys are hashed before
 * they are compared, so the comparison takes the same time whatever the key's length or content.
 */
export function requireApiKey(key: string, open: readonly string[]): RequestHandler {
  const expected = digest(key);
  const openPaths = new Set(open);
  const realm = 'Bearer realm="Orgwise"';
  return (req, _res, next) => {
    // Preflight requests never carry credentials; they reveal only the allowed methods.
    if (req.method === 'OPTIONS' || openPaths.has(req.path.replace(/\/+$/, ''))) {
      next();
      return;
    }
    const match = /^Bearer +([^\s]+) *$/i.exec(req.get('authorization') ?? '');
    if (match === null) {
      throw statusProblem(
        401,
        'This server keeps its workspaces behind an API key: send it as "Authorization: Bearer <key>". Ask the server’s operator for the key.',
        {},
        { 'WWW-Authenticate': realm },
      );
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw statusProblem(
        401,
        'The API key in the Authorization header is not the one this server expects. Check it for typing errors, or ask the server’s operator for the current key.',
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
