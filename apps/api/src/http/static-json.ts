import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Answers GET with a document that is fixed for the life of the process (the role catalogue, the
 * rules, the OpenAPI document): serialised once, with a strong ETag so clients can revalidate
 * with If-None-Match and get a 304 instead of the whole document again.
 */
export function staticJson(document: unknown, maxAgeSeconds = 300): RequestHandler {
  const body = JSON.stringify(document);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return (_req, res) => {
    res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
    res.setHeader('ETag', etag);
    // Express answers 304 itself when the request's If-None-Match matches the ETag.
    res.type('application/json').send(body);
  };
}
