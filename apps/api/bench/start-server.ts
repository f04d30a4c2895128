import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BenchServer {
  url: string;
  child: ChildProcess;
}

/**
 * Starts bench/serve.ts (the real app, or the bare echo) in a process of its own with production
 * settings, except a rate limit no benchmark client could reach (still counted on every request)
 * and a throwaway embedded database in `dataDir`; `env` adds to them. Its request logs go to
 * /dev/null: written, as in production, but not read. Resolves once it listens.
 */
export async function startServer(
  mode: 'app' | 'echo',
  dataDir: string,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const child = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [mode], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '1000000000',
      DATABASE_URL: '',
      ORGWISE_DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
  return { url, child };
}
