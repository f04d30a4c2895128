import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS is closed unless origins are listed: without a list no CORS header is sent, so browsers on
 * other sites cannot read the API's answers. "*" in the list opens it to every origin. Servers and
 * scripts (curl, CI, HR exports) are not affected by CORS at all.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler | undefined {
  if (origins.length === 0) return undefined;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // Authorization for the API key; If-Match and If-None-Match for saved workspaces' versions.
    allowedHeaders: ['Content-Type', 'X-Request-Id', 'Authorization', 'If-Match', 'If-None-Match'],
    exposedHeaders: [
      'X-Request-Id',
      'RateLimit',
      'RateLimit-Policy',
      'Retry-After',
      'ETag',
      'Location',
    ],
    maxAge: 600,
  });
}
