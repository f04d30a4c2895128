import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { killServers, startServer } from '../testing/server-process.js';
import { pgliteDataDir } from '../testing/test-databases.js';

// The real server (src/index.ts) on a PGlite data directory is killed with SIGKILL, no chance to
// flush or close, right after it acknowledged saves, while more are in flight. Restarted on the
// same directory, it has every save it acknowledged.

afterAll(killServers);

async function json(url: string, init?: RequestInit) {
  const res = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('durability on PGlite', { timeout: 180_000 }, () => {
  test('every acknowledged save survives SIGKILL and a restart', async () => {
    const dataDir = pgliteDataDir();
    const first = await startServer({ ORGWISE_DATA_DIR: dataDir, RATE_LIMIT_MAX: '0' });

    const workspace = await json(`${first.url}/api/v1/workspaces`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Survives a crash', client: 'Acme A/S' }),
    });
    expect(workspace.status).toBe(201);
    const scenarios = `/api/v1/workspaces/${workspace.body.id}/scenarios`;
    const scenario = await json(`${first.url}${scenarios}`, {
      method: 'POST',
      body: JSON.stringify({
        name: 'Current',
        chart: { positions: [{ id: 'ceo', title: 'CEO' }] },
      }),
    });
    const scenarioUrl = `${scenarios}/${scenario.body.id}`;

    // Saves one after another, each acknowledged before the next.
    const acknowledged: { version: number; holder: string }[] = [];
    let version = 1;
    for (let save = 0; save < 15; save++) {
      const holder = `Holder ${save}`;
      const res = await json(`${first.url}${scenarioUrl}`, {
        method: 'PATCH',
        headers: { 'If-Match': `"${version}"` },
        body: JSON.stringify({ chart: { positions: [{ id: 'ceo', title: 'CEO', holder }] } }),
      });
      expect(res.status).toBe(200);
      version = res.body.version as number;
      acknowledged.push({ version, holder });
    }

    // New workspaces are created at full speed; the process dies right after the 10th answer,
    // with others still in flight.
    const created: string[] = [];
    let killed = false;
    const inFlight = Array.from({ length: 30 }, async (_, index) => {
      try {
        const res = await json(`${first.url}/api/v1/workspaces`, {
          method: 'POST',
          body: JSON.stringify({ name: `Workspace ${index}` }),
        });
        if (res.status === 201) created.push(res.body.id as string);
        if (created.length === 10 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      } catch {
        // The connection was cut by the kill: never acknowledged, so not counted.
      }
    });
    await Promise.all(inFlight);
    if (!killed) first.child.kill('SIGKILL');
    expect(await first.exited()).toBe(null);
    expect(created.length).toBeGreaterThanOrEqual(10);
    // The dead process's lock file is still there: the next server must take it over.
    expect(existsSync(path.join(dataDir, 'orgwise.pid'))).toBe(true);

    const second = await startServer({ ORGWISE_DATA_DIR: dataDir, RATE_LIMIT_MAX: '0' });
    const reread = await json(`${second.url}/api/v1/workspaces/${workspace.body.id}`);
    expect(reread.body).toMatchObject({ name: 'Survives a crash', client: 'Acme A/S' });
    for (const id of created) {
      expect((await json(`${second.url}/api/v1/workspaces/${id}`)).status, id).toBe(200);
    }
    const current = await json(`${second.url}${scenarioUrl}`);
    expect(current.body).toMatchObject({
      version,
      chart: { positions: [{ holder: acknowledged.at(-1)!.holder }] },
    });
    for (const save of acknowledged) {
      const revision = await json(`${second.url}${scenarioUrl}/revisions/${save.version}`);
      expect(revision.body).toMatchObject({ chart: { positions: [{ holder: save.holder }] } });
    }

    // And it keeps working: a save after the restart lands on top.
    const after = await json(`${second.url}${scenarioUrl}`, {
      method: 'PATCH',
      headers: { 'If-Match': `"${version}"` },
      body: JSON.stringify({ name: 'After the crash' }),
    });
    expect(after.body).toMatchObject({ version: version + 1, name: 'After the crash' });
    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
  });
});
