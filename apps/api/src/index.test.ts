import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, test } from 'vitest';
import { exampleChart } from './schemas/examples.js';

// The real entry point in its own process: configuration from the environment, listening, and a
// graceful shutdown that lets a request in flight finish.

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  /** Resolves with the first log line whose message matches. */
  waitForLog(pattern: RegExp): Promise<Record<string, unknown>>;
}

function start(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs: Record<string, unknown>[] = [];
  const waiters: { pattern: RegExp; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    logs.push(line);
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(String(line.msg))) waiter.resolve(line);
      else waiters.push(waiter);
    }
  });
  const waitForLog = (pattern: RegExp) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const found = logs.find((line) => pattern.test(String(line.msg)));
      if (found) resolve(found);
      else waiters.push({ pattern, resolve });
    });
  return waitForLog(/listening/).then((line) => ({
    child,
    url: String(line.url),
    logs,
    waitForLog,
  }));
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : once(child, 'exit').then(([code]) => code as number | null);
}

// The tests run concurrently: each process start costs a second or two.
describe.concurrent('src/index.ts', () => {
  // One server goes through its whole life here.
  test('listens on PORT and HOST, keeps its port, and on SIGTERM lets a request in flight finish', async ({
    expect,
  }) => {
    const { child, url, waitForLog } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    // A second server on the same port exits 1 and says why.
    const second = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, PORT: new URL(url).port, HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(second);
    let secondOutput = '';
    second.stdout!.on('data', (chunk) => {
      secondOutput += chunk;
    });
    expect(await exited(second)).toBe(1);
    expect(secondOutput).toContain('could not start the server');
    expect(secondOutput).toContain('EADDRINUSE');

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
    expect(await exited(child)).toBe(0);
    expect(Date.now() - answered).toBeLessThan(2000);
    await waitForLog(/^stopped$/);
  });

  test('gives up on requests still in flight after SHUTDOWN_TIMEOUT_MS and exits 1', async ({
    expect,
  }) => {
    const { child, url, waitForLog } = await start({ SHUTDOWN_TIMEOUT_MS: '300' });
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
    expect(await exited(child)).toBe(1);
  });

  test('refuses to start with a bad configuration, naming the variable', async ({ expect }) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, PORT: 'eighty' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
    });
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('PORT="eighty"');
  });
});
