import type { RequestListener } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './env.js';
import { answerClientErrors } from './http/client-errors.js';
import type { Logger } from './logger.js';

export interface RunningServer {
  server: Server;
  url: string;
}

/**
 * Listens on the configured host and port. The app answers slow requests itself (408/503 problem
 * documents, src/http/request-timeout.ts); Node's own limits are set a little later, as a backstop
 * for clients that never finish sending headers or a body, and what Node refuses itself is a
 * problem document too (src/http/client-errors.ts).
 */
export function listen(
  app: RequestListener,
  config: Pick<Config, 'host' | 'port' | 'requestTimeoutMs'>,
  logger: Logger,
): Promise<RunningServer> {
  const server = createServer(app);
  answerClientErrors(server, logger);
  server.requestTimeout = config.requestTimeoutMs + 5_000;
  server.headersTimeout = Math.min(60_000, server.requestTimeout);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({ server, url: `http://${host}:${port}` });
    });
  });
}
