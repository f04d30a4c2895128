import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { pgliteDataDir } from './test-databases.js';

// The real entry point (src/index.ts, run with tsx) in a child process: configuration from the
// environment, a database in a data directory, listening, signals. Tests end what they start.

const entry = fileURLToPath(new URL('../index.ts', import.meta.url));
const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const running = new Set<ChildProcess>();

/** Kills whatever a test file started and left running (call it in afterAll). */
export function killServers(): void {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  running.clear();
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every log line so far (JSON lines; stdout). */
  logs: Record<string, unknown>[];
  /** Everything written to stderr. */
  stderr(): string;
  /** Resolves with the first log line (already written or to come) whose message matches. */
  waitForLog(pattern: RegExp): Promise<Record<string, unknown>>;
  /** Resolves with the exit code once the process has ended. */
  exited(): Promise<number | null>;
}

/** Spawns the server; without ORGWISE_DATA_DIR or DATABASE_URL in `env` it gets a fresh PGlite. */
export function spawnServer(env: Record<string, string> = {}): Omit<ServerProcess, 'url'> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: packageDir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Whatever the developer's shell has set, a test server uses what the test says.
      DATABASE_URL: '',
      ORGWISE_API_KEY: '',
      ...(env.DATABASE_URL ? {} : { ORGWISE_DATA_DIR: pgliteDataDir() }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const waiters: { pattern: RegExp; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      line = { msg: text };
    }
    logs.push(line);
    for (const waiter of waiters.splice(0)) {
      if (waiter.pattern.test(String(line.msg))) waiter.resolve(line);
      else waiters.push(waiter);
    }
  });
  const exitCode =
    child.exitCode !== null
      ? Promise.resolve(child.exitCode)
      : once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    logs,
    stderr: () => stderr,
    waitForLog: (pattern) =>
      new Promise((resolve) => {
        const found = logs.find((line) => pattern.test(String(line.msg)));
        if (found) resolve(found);
        else waiters.push({ pattern, resolve });
      }),
    exited: () => exitCode,
  };
}

/** Spawns the server and waits until it says where it is running. */
export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = spawnServer(env);
  const ready = server.waitForLog(/^Orgwise is running at /);
  const line = await Promise.race([
    ready,
    server.exited().then((code) => {
      throw new Error(
        `The server exited with ${code} before it was ready: ${server.stderr()}${JSON.stringify(server.logs)}`,
      );
    }),
  ]);
  return { ...server, url: String(line.url) };
}
