import type { Request, RequestHandler, Response } from 'express';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../env.js';
import type { Logger } from '../logger.js';
import { clientKey } from './client-key.js';
import { sendProblem, statusProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

/** A number of requests per client and window, as the `RateLimit-Policy` header announces it. */
export interface Budget {
  /** The policy's name in the headers. */
  name: string;
  limit: number;
  windowMs: number;
  /** What is counted, for the 429's detail: requests, or wrong passwords and unknown links. */
  what: 'requests' | 'passwords';
}

/** The budgets the API keeps: requests per client, and wrong share-link passwords per client. */
export type BudgetName = 'requests' | 'password-attempts';

/** A counter per budget, in this process's memory or shared between processes (shared-rate-limiters.ts). */
export type RateLimiters = Record<BudgetName, RateLimiterAbstract>;

/**
 * The budgets of a configuration. Wrong share-link passwords (and unknown tokens): ten per client
 * and 15 minutes on the route that takes a password, on top of the general limit, which allows
 * hundreds of guesses a minute while each guess costs a scrypt hash.
 */
export function budgets(
  config: Pick<Config, 'rateLimitMax' | 'rateLimitWindowMs'>,
): Record<BudgetName, Budget> {
  return {
    requests: {
      name: `${config.rateLimitMax}-in-${windowName(config.rateLimitWindowMs)}`,
      limit: config.rateLimitMax,
      windowMs: config.rateLimitWindowMs,
      what: 'requests',
    },
    'password-attempts': {
      name: 'password-attempts',
      limit: 10,
      windowMs: 15 * 60_000,
      what: 'passwords',
    },
  };
}

/** Counters for the budgets in this process's memory: each process counts on its own. */
export function memoryRateLimiters(all: Record<BudgetName, Budget>): RateLimiters {
  return {
    requests: memoryLimiter(all.requests),
    'password-attempts': memoryLimiter(all['password-attempts']),
  };
}

export function memoryLimiter(budget: Budget): RateLimiterMemory {
  return new RateLimiterMemory({
    keyPrefix: budget.name,
    points: Math.max(budget.limit, 1),
    duration: budget.windowMs / 1000,
  });
}

/**
 * A per-client request budget (by IP address, IPv6 by /56 network, client-key.ts), announced in
 * the `RateLimit` and `RateLimit-Policy` headers (IETF draft-ietf-httpapi-ratelimit-headers-08)
 * and enforced with a 429 problem and `Retry-After`. Undefined when the limit is 0 (off).
 * Counting is one call of rate-limiter-flexible; should a shared store fail, its limiter falls
 * back to this process's memory (shared-rate-limiters.ts), so the limit still protects.
 */
export function perClientRateLimit(
  budget: Budget,
  limiter: RateLimiterAbstract,
  logger: Logger,
  skip: (path: string) => boolean,
): RequestHandler | undefined {
  if (budget.limit === 0) return undefined;
  const policy = policyHeader(budget);
  return async (req, res, next) => {
    if (
      skip(req.path) ||
      (await admit(req, res, limiter, clientKey(req.ip), budget, policy, logger))
    ) {
      next();
    }
  };
}

/**
 * A budget for guessing: every request counts, and a successful one (status below 400: the
 * right password) is given back once answered, so only wrong passwords and unknown links use it
 * up. Counting first keeps parallel guesses from slipping past the budget together.
 */
export function failedAttemptLimit(
  budget: Budget,
  limiter: RateLimiterAbstract,
  logger: Logger,
): RequestHandler {
  const policy = policyHeader(budget);
  return async (req, res, next) => {
    const key = clientKey(req.ip);
    if (!(await admit(req, res, limiter, key, budget, policy, logger))) return;
    res.once('finish', () => {
      if (res.statusCode < 400) {
        limiter.reward(key, 1).catch((error: unknown) => {
          logger.warn({ err: error }, 'could not give back a rate-limit point');
        });
      }
    });
    next();
  };
}

/**
 * Counts a request against the budget and says so in the headers; over budget, answers the 429
 * and returns false. A count that failed lets the request through (see `count`).
 */
async function admit(
  req: Request,
  res: Response,
  limiter: RateLimiterAbstract,
  key: string,
  budget: Budget,
  policy: string,
  logger: Logger,
): Promise<boolean> {
  const counted = await count(limiter, key, logger);
  res.setHeader('RateLimit-Policy', policy);
  if (counted === undefined) return true;
  announce(res, budget, counted);
  if (counted.consumedPoints <= budget.limit) return true;
  refuse(req, res, budget, counted);
  return false;
}

/**
 * Counts one request. rate-limiter-flexible rejects with the counter's state when the budget is
 * used up and with an Error when its store fails; over budget is a state like any other here,
 * and a failed count lets the request through: refusing everyone would be the outage.
 */
async function count(
  limiter: RateLimiterAbstract,
  key: string,
  logger: Logger,
): Promise<RateLimiterRes | undefined> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection;
    logger.error(
      { err: rejection },
      'the rate limit could not count a request; letting it through',
    );
    return undefined;
  }
}

function policyHeader(budget: Budget): string {
  return `"${budget.name}"; q=${budget.limit}; w=${Math.ceil(budget.windowMs / 1000)}`;
}

function announce(res: Response, budget: Budget, counted: RateLimiterRes): void {
  const remaining = Math.max(budget.limit - counted.consumedPoints, 0);
  res.setHeader(
    'RateLimit',
    `"${budget.name}"; r=${remaining}; t=${Math.ceil(counted.msBeforeNext / 1000)}`,
  );
}

function refuse(req: Request, res: Response, budget: Budget, counted: RateLimiterRes): void {
  const seconds = Math.max(Math.ceil(counted.msBeforeNext / 1000), 1);
  res.setHeader('Retry-After', String(seconds));
  const minutes = budget.windowMs % 60_000 === 0;
  sendProblem(
    req,
    res,
    statusProblem(
      429,
      problemText('tooManyRequests', {
        what: budget.what,
        limit: budget.limit,
        unit: minutes ? 'minutes' : 'seconds',
        count: budget.windowMs / (minutes ? 60_000 : 1000),
        seconds,
      }),
    ),
  );
}

/** "1min", "15min", "30s" for a policy's name. */
function windowName(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}min`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
