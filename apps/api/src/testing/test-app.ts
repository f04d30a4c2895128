import { Writable } from 'node:stream';
import type { Express } from 'express';
import { createApp } from '../app.js';
import { type Config, defaultConfig } from '../env.js';
import { createLogger } from '../logger.js';

export interface TestApp {
  app: Express;
  /** Every log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
  config: Config;
}

/** The app with the default configuration (or overrides), logging into memory. */
export function testApp(overrides: Partial<Config> = {}, isShuttingDown?: () => boolean): TestApp {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const config = defaultConfig(overrides);
  const logger = createLogger('info', sink);
  const deps =
    isShuttingDown === undefined ? { config, logger } : { config, logger, isShuttingDown };
  return { app: createApp(deps), logs, config };
}
