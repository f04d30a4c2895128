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
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Content-Type', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
    maxAge: 600,
  });
}
