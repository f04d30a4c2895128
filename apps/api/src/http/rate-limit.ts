import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import type { Logger } from '../logger.js';
import { sendProblem, statusProblem } from './problem.js';

export interface RateLimitOptions {
  /** Requests per client and window; 0 turns the limiter off. */
  limit: number;
  windowMs: number;
  logger: Logger;
  /** Requests that are never counted (health checks from a load balancer). */
  skip?: (path: string) => boolean;
  /** Where the counts are kept; by default in this process's memory. */
  store?: Store | undefined;
}

/**
 * A per-client request budget (by IP address, IPv6 by /56 subnet), announced in the standard
 * `RateLimit` and `RateLimit-Policy` headers. The count is kept in memory (each server process has
 * its own budget) or in a shared store (shared-rate-limit-store.ts). Should the shared store fail,
 * requests pass: the limit protects the service, and refusing everyone would be the outage.
 */
export function perClientRateLimit(options: RateLimitOptions): RequestHandler | undefined {
  if (options.limit === 0) return undefined;
  return budget(options, 'requests', {
    skip: (req) => options.skip?.(req.path) ?? false,
  });
}

/** Wrong share-link passwords (and unknown tokens) one client may send per window. */
const passwordAttempts = { limit: 10, windowMs: 15 * 60_000 };

/**
 * A budget for guessing: ten wrong passwords (or unknown tokens) per client and 15 minutes on the
 * routes that take a share link's password; right ones do not count. On top of the general limit,
 * which allows 300 guesses a minute, and each guess costs a scrypt hash on libuv's thread pool.
 */
export function passwordAttemptLimit(options: {
  logger: Logger;
  store?: Store | undefined;
}): RequestHandler {
  return budget({ ...options, ...passwordAttempts }, 'wrong passwords or links', {
    skipSuccessfulRequests: true,
    identifier: 'password-attempts',
  });
}

function budget(
  options: Omit<RateLimitOptions, 'skip'>,
  what: string,
  extra: Partial<Parameters<typeof rateLimit>[0]>,
): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    logger: options.logger,
    ...(options.store === undefined ? {} : { store: options.store, passOnStoreError: true }),
    ...extra,
    handler(req, res) {
      const seconds = res.getHeader('Retry-After');
      sendProblem(
        req,
        res,
        statusProblem(
          429,
          `Too many ${what} from this client: at most ${options.limit} every ${formatWindow(options.windowMs)}. Try again in ${seconds ?? 'a few'} seconds.`,
        ),
      );
    },
  });
}

function formatWindow(ms: number): string {
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minute' : `${ms / 60_000} minutes`;
  if (ms % 1000 === 0) return ms === 1000 ? 'second' : `${ms / 1000} seconds`;
  return `${ms} ms`;
}
