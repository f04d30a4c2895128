import type { ChartChecks } from './checking/check-pool.js';
import type { Config } from './env.js';
import type { RateLimiters } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import type { WorkspaceStore } from './storage/store.js';

/**
 * What the app needs from outside. Tests build it by hand; src/index.ts builds it from the
 * environment.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  /** Saved workspaces and scenarios (PGlite or PostgreSQL). */
  store: WorkspaceStore;
  /** Whether the process is shutting down; health then answers 503 so load balancers move on. */
  isShuttingDown?: () => boolean;
  /** Where the rate limits count (shared-rate-limiters.ts); by default this process's memory. */
  rateLimiters?: RateLimiters;
  /** Where large charts are checked; by default worker threads started on first use. */
  checks?: ChartChecks;
}
