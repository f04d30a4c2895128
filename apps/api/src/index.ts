import { createApp } from './app.js';
import { chartChecks } from './checking/check-pool.js';
import { type Config, ConfigError, loadConfig } from './env.js';
import { budgets } from './http/rate-limit.js';
import { type SharedRateLimiters, sharedRateLimiters } from './http/shared-rate-limiters.js';
import { createLogger } from './logger.js';
import { listen, type RunningServer } from './server.js';
import { openDatabase } from './storage/database.js';
import { createStore, type WorkspaceStore } from './storage/store.js';

// Entry point: read the configuration, open the database (applying new migrations), listen, and
// on SIGTERM or SIGINT stop accepting requests, let the ones in flight finish, close the database,
// then exit (forced after SHUTDOWN_TIMEOUT_MS).

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const checks = chartChecks(config);
// Several processes on one PostgreSQL count each client's requests together; the counters are
// made once the database has opened, since they set up their tables in it.
let rateLimit: SharedRateLimiters | undefined;

/** Exits once the log lines written so far are out: pino writes asynchronously. */
function exit(code: number): void {
  logger.flush(() => process.exit(code));
}

let shuttingDown = false;

const store = await openDatabase(config.database, logger).then(createStore, (error: unknown) => {
  logger.fatal(
    { err: error },
    `could not open the database: ${error instanceof Error ? error.message : String(error)}`,
  );
  exit(1);
});
if (store !== undefined) await start(store);

async function start(store: WorkspaceStore): Promise<void> {
  // Deleted scenarios past their 30 days go now; a failure here must not keep the server down.
  await store.eraseExpiredScenarios().then(
    (erased) => {
      if (erased > 0)
        logger.info({ erased }, `erased ${erased} scenarios deleted over 30 days ago`);
    },
    (error: unknown) => logger.warn({ err: error }, 'could not erase expired deleted scenarios'),
  );
  let ready = true;
  if (config.database.kind === 'postgres' && config.rateLimitMax > 0) {
    rateLimit = await sharedRateLimiters(config.database.url, budgets(config)).catch(
      (error: unknown) => {
        logger.fatal({ err: error }, 'could not set up the shared rate limit tables');
        ready = false;
        return undefined;
      },
    );
  }
  if (!ready) {
    await store.close().catch(() => {});
    exit(1);
    return;
  }
  const app = createApp({
    config,
    logger,
    store,
    checks,
    ...(rateLimit === undefined ? {} : { rateLimiters: rateLimit.limiters }),
    isShuttingDown: () => shuttingDown,
  });
  const running = await listen(app, config, logger).catch(async (error: unknown) => {
    logger.fatal({ err: error }, 'could not start the server');
    await store.close().catch(() => {});
    exit(1);
  });
  if (running !== undefined) serve(running, store);
}

function serve({ server, url }: RunningServer, store: WorkspaceStore): void {
  logger.info({ database: store.description }, `Saving workspaces in ${store.description}`);
  logger.info({ url, docs: `${url}/api/docs` }, `Orgwise is running at ${url}`);
  process.on('SIGTERM', (signal) => shutdown(server, store, signal));
  process.on('SIGINT', (signal) => shutdown(server, store, signal));
}

function shutdown(
  server: RunningServer['server'],
  store: WorkspaceStore,
  signal: NodeJS.Signals,
): void {
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
  server.close(async (error) => {
    if (error) logger.error({ err: error }, 'error while closing the server');
    // Every request has been answered: nothing writes any more, so the database closes cleanly.
    await checks.close();
    await rateLimit?.close().catch(() => {});
    const closed = await store.close().then(
      () => true,
      (closeError: unknown) => {
        logger.error({ err: closeError }, 'error while closing the database');
        return false;
      },
    );
    logger.info('stopped');
    exit(error || !closed ? 1 : 0);
  });
}
