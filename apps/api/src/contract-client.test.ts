import type { Server } from 'node:http';
import { exampleChart } from '@orgwise/contract';
import { createClient, type FetchLike } from '@orgwise/contract/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from './logger.js';
import { listen } from './server.js';
import { testApp } from './testing/test-app.js';

// The contract's typed client against the real API on an ephemeral port (PGlite in a temp dir),
// with the API key set: every method is a record of the contract, so this is the web's client.

const apiKey = 'a-test-key-of-sixteen-or-more';
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const { app, config } = testApp({ apiKey });
  const logger = createLogger('silent');
  const running = await listen(app, { ...config, host: '127.0.0.1', port: 0 }, logger);
  server = running.server;
  baseUrl = running.url;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetch: FetchLike = (url, init) => globalThis.fetch(url, init);
const client = () => createClient({ baseUrl, fetch, apiKey });

describe('the contract client against the API', () => {
  test('validates and applies without the key', async () => {
    const open = createClient({ baseUrl, fetch });
    const report = await open.validateChart({ body: { chart: exampleChart } });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.metrics.positions).toBe(exampleChart.positions.length);
    const suggestion = report.value.findings.find((f) => f.suggestions.length > 0)!.suggestions[0]!;
    const applied = await open.applyPatch({
      body: { chart: exampleChart, patch: suggestion.patch },
    });
    expect(applied.ok && applied.value.chart.positions.length).toBeGreaterThan(0);
    expect(await open.createWorkspace({ body: { name: 'No key' } })).toMatchObject({
      ok: false,
      error: { kind: 'unauthorized', status: 401 },
    });
  });

  test('saves a scenario as a patch, and a stale save is a conflict with the current one', async () => {
    const api = client();
    const workspace = await api.createWorkspace({ body: { name: 'Acme' } });
    if (!workspace.ok) throw new Error(workspace.error.message);
    expect(workspace.version).toBe(1);
    const workspaceId = workspace.value.id;
    const created = await api.createScenario({
      workspaceId,
      body: { name: 'Current', chart: exampleChart },
    });
    if (!created.ok) throw new Error(created.error.message);
    const scenarioId = created.value.id;
    const patch = [{ op: 'setReportsTo' as const, positionId: 'cto', reportsTo: 'ceo' }];
    const saved = await api.updateScenario({
      workspaceId,
      scenarioId,
      ifMatch: 1,
      body: { patch },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.version).toBe(2);
    expect(saved.value.chart.positions.find((p) => p.id === 'cto')?.reportsTo).toBe('ceo');

    const stale = await api.updateScenario({
      workspaceId,
      scenarioId,
      ifMatch: 1,
      body: { name: 'Mine' },
    });
    if (stale.ok || stale.error.kind !== 'conflict') throw new Error('expected a conflict');
    expect(stale.error.currentVersion).toBe(2);
    expect(stale.error.current.chart).toEqual(saved.value.chart);

    const revisions = await api.listRevisions({ workspaceId, scenarioId, query: { limit: 1 } });
    expect(revisions.ok && revisions.value).toEqual({
      revisions: [expect.objectContaining({ version: 2, kind: 'updated' })],
      nextBefore: 2,
    });
    const order = await api.reorderScenarios({
      workspaceId,
      ifMatch: 1,
      body: { scenarioIds: [scenarioId] },
    });
    expect(order.ok && order.version).toBe(2);
    expect(await api.deleteScenario({ workspaceId, scenarioId, ifMatch: 2 })).toEqual({
      ok: true,
      value: undefined,
      version: null,
    });
    expect(await api.getScenario({ workspaceId, scenarioId })).toMatchObject({
      ok: false,
      error: { kind: 'not-found', status: 404 },
    });
  });

  test('says where a body is wrong', async () => {
    const result = await client().createWorkspace({ body: { name: '' } });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'problem',
        status: 400,
        errors: [{ path: ['name'], message: 'The name must not be empty' }],
        problem: { type: '/api/problems/invalid-request' },
      },
    });
  });

  test('opens a share link with its password, never sending the key', async () => {
    const api = client();
    const workspace = await api.createWorkspace({ body: { name: 'Shared' } });
    if (!workspace.ok) throw new Error(workspace.error.message);
    const link = await api.createShareLink({
      workspaceId: workspace.value.id,
      body: { password: 'correct horse' },
    });
    if (!link.ok) throw new Error(link.error.message);
    const viewer = createClient({ baseUrl, fetch });
    const locked = await viewer.getSharedWorkspace({ token: link.value.token });
    expect(locked).toMatchObject({
      ok: false,
      error: { kind: 'unauthorized', problem: { type: '/api/problems/share-password-required' } },
    });
    const opened = await viewer.unlockSharedWorkspace({
      token: link.value.token,
      body: { password: 'correct horse' },
    });
    expect(opened.ok && opened.value.workspace.name).toBe('Shared');
  });

  test('a server that is not there is a network error', async () => {
    const closed = createClient({ baseUrl: 'http://127.0.0.1:9', fetch });
    expect(await closed.getHealth()).toMatchObject({ ok: false, error: { kind: 'network' } });
  });
});
