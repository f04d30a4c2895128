import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './env.js';
import { createLogger } from './logger.js';
import { listen, type RunningServer } from './server.js';

// Entry point: read the configuration, listen, and on SIGTERM or SIGINT stop accepting requests,
// let the ones in flight finish, then exit (forced after SHUTDOWN_TIMEOUT_MS).

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel);

/** Exits once the log lines written so far are out: pino writes asynchronously. */
function exit(code: number): void {
  logger.flush(() => process.exit(code));
}

let shuttingDown = false;
const app = createApp({ config, logger, isShuttingDown: () => shuttingDown });

const running = await listen(app, config).catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start the server');
  exit(1);
});
if (running !== undefined) serve(running);

function serve({ server, url }: RunningServer): void {
  logger.info({ url, docs: `${url}/api/docs` }, `Orgwise API listening on ${url}`);
  process.on('SIGTERM', (signal) => shutdown(server, signal));
  process.on('SIGINT', (signal) => shutdown(server, signal));
}

function shutdown(server: RunningServer['server'], signal: NodeJS.Signals): void {
  if (shuttingDown) {
    logger.warn({ signal }, 'second signal: exiting now');
    exit(1);
    return;
  }
  shuttingDown = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  const force = setTimeout(() => {
    logger.error(
      { timeoutMs: config.shutdownTimeoutMs },
      'requests still in flight after the shutdown timeout; closing them',
    );
    server.closeAllConnections();
    exit(1);
  }, config.shutdownTimeoutMs);
  force.unref();
  // close() stops accepting connections and closes the idle keep-alive ones; it calls back once
  // every connection is gone. A connection whose request was in flight turns idle when it is
  // answered, and would otherwise stay open until its keep-alive timeout: close those promptly too.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  sweep.unref();
  server.close((error) => {
    if (error) logger.error({ err: error }, 'error while closing the server');
    logger.info('stopped');
    exit(error ? 1 : 0);
  });
}
