import type { Express } from 'express';
import request from 'supertest';
import type { Config } from '../env.js';
import type { OrgwiseDb } from '../storage/database.js';
import type { WorkspaceStore } from '../storage/store.js';
import { testApp } from './test-app.js';
import { openTestStore, type TestBackend } from './test-databases.js';

/** The app on a fresh database of the backend, for the saved-work tests. */
export interface SavedApp {
  app: Express;
  store: WorkspaceStore;
  /** The store's own connection, for tests that set the scene in SQL. */
  db: OrgwiseDb;
  logs: Record<string, unknown>[];
  /** An app with other settings on the same database. */
  withConfig(overrides: Partial<Config>): Express;
  dispose(): Promise<void>;
}

export async function savedApp(
  backend: TestBackend,
  overrides: Partial<Config> = {},
): Promise<SavedApp> {
  const opened = await openTestStore(backend);
  const { app, logs } = testApp(overrides, undefined, opened.store);
  return {
    app,
    store: opened.store,
    db: opened.db,
    logs,
    withConfig: (more) => testApp({ ...overrides, ...more }, undefined, opened.store).app,
    dispose: opened.dispose,
  };
}

/** Creates a workspace through the API and answers its body. */
export async function postWorkspace(app: Express, body: object = { name: 'Acme' }) {
  const res = await request(app).post('/api/v1/workspaces').send(body);
  if (res.status !== 201) throw new Error(`create workspace: ${res.status} ${res.text}`);
  return res.body as { id: string; version: number; name: string };
}

/** Creates a scenario through the API and answers its body. */
export async function postScenario(app: Express, workspaceId: string, body: object = {}) {
  const res = await request(app).post(`/api/v1/workspaces/${workspaceId}/scenarios`).send(body);
  if (res.status !== 201) throw new Error(`create scenario: ${res.status} ${res.text}`);
  return res.body as { id: string; version: number; name: string; chart: unknown };
}

/**
 * A workspace with a scenario (of `chart`, if given) and a share link, made through the API: the
 * values for every parameter of the documented paths ({workspaceId}, {token}, {version}, …).
 */
export async function documentedPathValues(
  app: Express,
  chart?: object,
): Promise<Record<string, string>> {
  const workspace = await postWorkspace(app, { name: 'Documented paths' });
  const scenario = await postScenario(app, workspace.id, {
    name: 'Current',
    ...(chart === undefined ? {} : { chart }),
  });
  const link = await request(app).post(`/api/v1/workspaces/${workspace.id}/share-links`);
  return {
    workspaceId: workspace.id,
    scenarioId: scenario.id,
    linkId: link.body.id,
    token: link.body.token,
    version: '1',
    slug: 'invalid-json',
  };
}
