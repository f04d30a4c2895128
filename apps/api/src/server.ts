import type { RequestListener } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './env.js';

export interface RunningServer {
  server: Server;
  url: string;
}

/**
 * Listens on the configured host and port. The app answers slow requests itself (408/503 problem
 * documents, src/http/request-timeout.ts); Node's own limits are set a little later, as a backstop
 * for clients that never finish sending headers or a body.
 */
export function listen(
  app: RequestListener,
  config: Pick<Config, 'host' | 'port' | 'requestTimeoutMs'>,
): Promise<RunningServer> {
  const server = createServer(app);
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
