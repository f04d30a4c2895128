import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import { listen } from '../server.js';
import { postScenario, postWorkspace, type SavedApp, savedApp } from '../testing/saved-app.js';
import { testBackends } from '../testing/test-databases.js';

// 50 clients save the same scenario at once, over real HTTP connections. Every save either lands
// as a new version or is refused with 412; none is lost, and the revision history holds exactly
// the saves that were acknowledged, each at the version it was acknowledged with.

const clients = 50;

interface Attempt {
  status: number;
  version?: number;
  currentVersion?: number;
}

// The limit only stops a hung test: CI shares two cores with the end-to-end tests' browsers.
describe.each(testBackends())('concurrent saves on $name', { timeout: 180_000 }, (backend) => {
  let saved: SavedApp;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    saved = await savedApp(backend, { rateLimitMax: 0 });
    const running = await listen(
      saved.app,
      { host: '127.0.0.1', port: 0, requestTimeoutMs: 30_000 },
      createLogger('silent'),
    );
    server = running.server;
    base = running.url;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await saved.dispose();
  });

  async function save(url: string, version: number, writer: number): Promise<Attempt> {
    const res = await fetch(`${base}${url}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` },
      body: JSON.stringify({
        name: `writer ${writer}`,
        chart: { positions: [{ id: 'ceo', title: 'CEO', holder: `writer ${writer}` }] },
      }),
    });
    const body = (await res.json()) as { version?: number; currentVersion?: number };
    return { status: res.status, version: body.version, currentVersion: body.currentVersion };
  }

  async function history(url: string): Promise<{ version: number; name: string }[]> {
    const res = await fetch(`${base}${url}/revisions?limit=1000`);
    const body = (await res.json()) as { revisions: { version: number; name: string }[] };
    return body.revisions.reverse().map(({ version, name }) => ({ version, name }));
  }

  test(`${clients} saves based on the same version: one lands, ${clients - 1} get 412`, async () => {
    const workspace = await postWorkspace(saved.app);
    const scenario = await postScenario(saved.app, workspace.id, { name: 'start' });
    const url = `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}`;

    const attempts = await Promise.all(
      Array.from({ length: clients }, (_, writer) => save(url, 1, writer)),
    );
    const landed = attempts.filter((attempt) => attempt.status === 200);
    const refused = attempts.filter((attempt) => attempt.status === 412);
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(clients - 1);
    expect(landed[0]!.version).toBe(2);
    for (const attempt of refused) expect(attempt.currentVersion).toBe(2);

    const winner = attempts.findIndex((attempt) => attempt.status === 200);
    expect(await history(url)).toEqual([
      { version: 1, name: 'start' },
      { version: 2, name: `writer ${winner}` },
    ]);
  });

  test(`${clients} clients that retry on 412 all land, each exactly once, in order`, async () => {
    const workspace = await postWorkspace(saved.app);
    const scenario = await postScenario(saved.app, workspace.id, { name: 'start' });
    const url = `/api/v1/workspaces/${workspace.id}/scenarios/${scenario.id}`;

    const acknowledged = new Map<number, number>();
    let refusals = 0;
    await Promise.all(
      Array.from({ length: clients }, async (_, writer) => {
        let version = 1;
        for (let attempt = 0; attempt < clients + 1; attempt++) {
          const result = await save(url, version, writer);
          if (result.status === 200) {
            acknowledged.set(writer, result.version!);
            return;
          }
          expect(result.status).toBe(412);
          refusals++;
          version = result.currentVersion!;
        }
        throw new Error(`writer ${writer} never landed`);
      }),
    );

    // Every writer landed once, and no two were acknowledged with the same version.
    const versions = [...acknowledged.values()].sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: clients }, (_, index) => index + 2));
    expect(refusals).toBeGreaterThan(0);

    // The history is the creation and then exactly the acknowledged saves.
    const revisions = await history(url);
    expect(revisions).toHaveLength(clients + 1);
    expect(revisions[0]).toMatchObject({ version: 1, name: 'start' });
    for (const [writer, version] of acknowledged) {
      expect(revisions[version - 1]).toMatchObject({ version, name: `writer ${writer}` });
    }
    const current = await fetch(`${base}${url}`).then((res) => res.json());
    const last = [...acknowledged].find(([, version]) => version === clients + 1)![0];
    expect(current).toMatchObject({
      version: clients + 1,
      name: `writer ${last}`,
      chart: { positions: [{ holder: `writer ${last}` }] },
    });
  });
});
