import path from 'node:path';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import { inject } from 'vitest';
import { createApp } from '../app.js';
import { type Config, defaultConfig } from '../env.js';
import type { RateLimiters } from '../http/rate-limit.js';
import { createLogger } from '../logger.js';
import type { WorkspaceStore } from '../storage/store.js';
import { lazyPgliteStore } from './test-databases.js';

export interface TestApp {
  app: Express;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  config: Config;
}

/**
 * The app with the default configuration (or overrides), logging into memory. Without a store it
 * gets one that opens a PGlite database only if a test uses it.
 */
export function testApp(
  overrides: Partial<Config> = {},
  isShuttingDown?: () => boolean,
  store: WorkspaceStore = lazyPgliteStore(),
  rateLimiters?: RateLimiters,
): TestApp {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  // No web build unless a test brings one: whether apps/web/dist exists must not matter here.
  const config = defaultConfig({
    webDir: path.join(inject('testDataRoot'), 'no-web-build'),
    ...overrides,
  });
  const logger = createLogger('info', sink);
  const deps = {
    config,
    logger,
    store,
    ...(isShuttingDown === undefined ? {} : { isShuttingDown }),
    ...(rateLimiters === undefined ? {} : { rateLimiters }),
  };
  return { app: createApp(deps), logs, config };
}
