import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { exampleChart } from '@orgwise/contract';
import { afterAll, describe, test } from 'vitest';
import { killServers, spawnServer, startServer } from './testing/server-process.js';
import { pgliteDataDir, testBackends } from './testing/test-databases.js';

// The real entry point in its own process: configuration from the environment, the database,
// listening, and a graceful shutdown that lets a request in flight finish.

afterAll(killServers);

// The tests run concurrently: each process start costs a few seconds of CPU (tsx compiles the
// sources, PGlite compiles its WebAssembly), and CI machines have two cores, shared with the
// browsers of the end-to-end tests; the first test starts three servers and took over a minute
// there. The limit only stops a hung test.
describe.concurrent('src/index.ts', { timeout: 180_000 }, () => {
  // One server goes through its whole life here.
  test('listens on PORT and HOST, keeps its port, and on SIGTERM lets a request in flight finish', async ({
    expect,
  }) => {
    const dataDir = pgliteDataDir();
    const { child, url, logs, waitForLog, exited } = await startServer({
      ORGWISE_DATA_DIR: dataDir,
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // It says where it runs and where it saves.
    const messages = logs.map((line) => String(line.msg));
    expect(messages).toContain(`Orgwise is running at ${url}`);
    expect(messages).toContain(`Saving workspaces in PGlite at ${dataDir}`);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    // A second server on the same port exits 1 and says why; so does one on the same data
    // directory, which two processes would corrupt.
    const samePort = spawnServer({ PORT: new URL(url).port });
    const sameData = spawnServer({ ORGWISE_DATA_DIR: dataDir });
    expect(await samePort.exited()).toBe(1);
    const samePortOutput = JSON.stringify(samePort.logs);
    expect(samePortOutput).toContain('could not start the server');
    expect(samePortOutput).toContain('EADDRINUSE');
    expect(await sameData.exited()).toBe(1);
    expect(JSON.stringify(sameData.logs)).toContain(`The data directory ${dataDir} is in use`);

    const body = JSON.stringify({ chart: exampleChart });
    const { hostname, port } = new URL(url);
    const req = httpRequest({
      hostname,
      port,
      method: 'POST',
      path: '/api/v1/validate',
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
    });
    const response = once(req, 'response') as Promise<[IncomingMessage]>;
    // Half the body now: the request is in flight when the signal arrives.
    req.write(body.slice(0, 40));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    await waitForLog(/shutting down/);

    // No new connections.
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();

    req.end(body.slice(40));
    const [res] = await response;
    let text = '';
    for await (const chunk of res) text += chunk;
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(text).metrics.positions).toBe(4);

    // The keep-alive connection is closed as soon as it is idle: no wait for its timeout.
    const answered = Date.now();
    expect(await exited()).toBe(0);
    expect(Date.now() - answered).toBeLessThan(3000);
    await waitForLog(/^stopped$/);
  });

  test('gives up on requests still in flight after SHUTDOWN_TIMEOUT_MS and exits 1', async ({
    expect,
  }) => {
    const { child, url, waitForLog, exited } = await startServer({ SHUTDOWN_TIMEOUT_MS: '300' });
    const { hostname, port } = new URL(url);
    const req = httpRequest({
      hostname,
      port,
      method: 'POST',
      path: '/api/v1/validate',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
    });
    req.on('error', () => {});
    req.write('{"chart":');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGTERM');
    await waitForLog(/shutdown timeout/);
    expect(await exited()).toBe(1);
  });

  test('refuses to start with a bad configuration, naming the variable', async ({ expect }) => {
    const server = spawnServer({ PORT: 'eighty' });
    expect(await server.exited()).toBe(1);
    expect(server.stderr()).toContain('PORT="eighty"');
  });

  const postgres = testBackends().find((backend) => backend.name === 'PostgreSQL');
  test.skipIf(postgres === undefined)(
    'names the PostgreSQL server and database it uses, never the password',
    async ({ expect }) => {
      const database = await postgres!.create();
      try {
        const url = new URL(database.config.kind === 'postgres' ? database.config.url : '');
        const server = await startServer({ DATABASE_URL: url.toString() });
        const expected = `Saving workspaces in PostgreSQL at ${url.host}${url.pathname}`;
        expect(server.logs.map((line) => String(line.msg))).toContain(expected);
        // (The test role's password may also be part of the database's name: look for the pair.)
        const logged = JSON.stringify(server.logs);
        expect(logged).not.toContain(`${url.username}:${url.password}`);
        expect(logged).not.toContain(`:${url.password}@`);
        server.child.kill('SIGTERM');
        expect(await server.exited()).toBe(0);
      } finally {
        await database.drop();
      }
    },
  );

  test('a database it cannot reach stops it with a message naming the problem', async ({
    expect,
  }) => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const server = spawnServer({
      DATABASE_URL: 'postgresql://orgwise:s3cret-pw@127.0.0.1:1/orgwise',
    });
    expect(await server.exited()).toBe(1);
    const output = JSON.stringify(server.logs);
    expect(output).toContain('could not open the database');
    expect(output).toContain('ECONNREFUSED');
    expect(output).not.toContain('s3cret-pw');
  });
});
