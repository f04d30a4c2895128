// Starts one of the two benchmark servers in its own process, the same way for both:
//   app   the real API (createApp with the production middleware, JSON logs to stdout)
//   echo  a bare Express endpoint that parses the body with the API's own JSON middleware (same
//         size limit, depth and key checks) and sends it back
// and reports its URL (and, when asked, its CPU time) to the parent over IPC.
import express from 'express';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/env.js';
import { jsonBody } from '../src/http/json-body.js';
import { createLogger } from '../src/logger.js';
import { listen } from '../src/server.js';
import { openDatabase } from '../src/storage/database.js';
import { createStore } from '../src/storage/store.js';

const mode = process.argv[2];
const config = loadConfig();

function echoApp() {
  const app = express();
  app.post('/api/v1/validate', ...jsonBody(config), (req, res) => {
    res.json(req.body);
  });
  return app;
}

const logger = createLogger(config.logLevel);

async function realApp() {
  // The configured database, as in production (this benchmark only validates, so it stays empty).
  const store = createStore(await openDatabase(config.database, logger));
  return createApp({ config, logger, store });
}

const app = mode === 'echo' ? echoApp() : await realApp();
const { url } = await listen(app, config, logger);
process.send?.({ url });
// CPU time is what a request costs the server, whatever else the machine is doing.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
// The benchmark ends (or crashes): leave with it.
process.on('disconnect', () => process.exit(0));
