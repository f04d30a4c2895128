import type { Config } from './env.js';
import type { Logger } from './logger.js';

/**
 * What the app needs from outside. Tests build it by hand; src/index.ts builds it from the
 * environment. Later issues add the workspace store here.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  /** Whether the process is shutting down; health then answers 503 so load balancers move on. */
  isShuttingDown?: () => boolean;
}
