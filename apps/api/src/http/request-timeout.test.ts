import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import { testApp } from '../testing/test-app.js';
import { errorHandler } from './error-handler.js';
import { requestLifecycle } from './request-lifecycle.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function serve(app: express.Express): Promise<number> {
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

async function readJson(res: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of res) text += chunk;
  return JSON.parse(text) as Record<string, unknown>;
}

describe('request timeout', () => {
  test('a body that stalls is answered with a 408 problem and the connection is closed', async () => {
    const port = await serve(testApp({ requestTimeoutMs: 200 }).app);
    const req = httpRequest({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path: '/api/v1/validate',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
    });
    req.on('error', () => {});
    req.write('{"chart": {"positions": [');
    const [res] = (await once(req, 'response')) as [IncomingMessage];
    expect(res.statusCode).toBe(408);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers.connection).toBe('close');
    const problem = await readJson(res);
    expect(problem).toMatchObject({
      type: 'about:blank',
      title: 'Request Timeout',
      status: 408,
      detail: 'The request body did not arrive within 200 ms.',
    });
    req.destroy();
  });

  test('a handler that takes too long is answered with a 503 problem', async () => {
    const app = express();
    app.use(
      requestLifecycle({
        logger: createLogger('silent'),
        requestTimeoutMs: 100,
        slowReaderTimeoutMs: 10_000,
      }),
    );
    // A stand-in for slow work (a database call in a later issue).
    app.get('/slow', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      res.json({ late: true });
    });
    app.use(errorHandler);
    const port = await serve(app);
    const res = await fetch(`http://127.0.0.1:${port}/slow`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({
      status: 503,
      detail: 'The request took longer than 100 ms to process.',
    });
  });

  test('a request that finishes in time is not affected', async () => {
    const port = await serve(testApp({ requestTimeoutMs: 2000 }).app);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
  });
});
