import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// PGlite is PostgreSQL in one process: two processes writing the same data directory would
// corrupt it, and PGlite does not check. A pid file refuses the second server with a clear
// message, and a file left by a process that has died (a crash, SIGKILL) is taken over.

const heldHere = new Set<string>();

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

/** Takes the data directory for this process; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'orgwise.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (owner === process.pid ? heldHere.has(file) : isRunning(owner)) {
      throw new DataDirInUseError(
        `The data directory ${dataDir} is in use by another Orgwise server (process ${owner}). Stop that server, or give this one its own ORGWISE_DATA_DIR; to run several servers on one database, use PostgreSQL (DATABASE_URL).`,
      );
    }
    // Left behind by a process that is gone: take it over.
    rmSync(file, { force: true });
  }
  throw new DataDirInUseError(`Could not take ${file}: another server is starting on it.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
