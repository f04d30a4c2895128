import type { Chart } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { sessionApiKeyStore } from '@orgwise/editor';
import { vi } from 'vitest';
import { useEditor } from '../../store/editor-store.js';
import { Session } from '../session.js';
import { createSessionStore } from '../session-store.js';
import { FakeApi } from './fake-api.js';
import { memoryStorage } from './memory-storage.js';

// A session wired to the fake API and the real editor store, for tests of the session and of the
// commands on options. Tests run with fake timers: `flush` lets answered requests settle,
// `saveDelay` waits out the autosave pause.

export const acme: Chart = orgChart(
  `
  ceo: CEO
    cto: CTO
    cfo: CFO
`,
  { name: 'Acme A/S', headcount: 40, businessModel: 'product' },
);

export const editor = () => useEditor.getState();

const sessions: Session[] = [];

export function createHarness() {
  const apiKey = sessionApiKeyStore(memoryStorage());
  const fake = new FakeApi(apiKey);
  const store = createSessionStore();
  const urls: string[] = [];
  const downloads: { chart: Chart; name: string }[] = [];
  const recentStorage = memoryStorage();
  const session = new Session({
    api: fake.client,
    editor: useEditor,
    store,
    navigate: (url) => urls.push(url),
    recentStorage,
    apiKey,
    download: (chart, name) => downloads.push({ chart, name }),
  });
  sessions.push(session);
  return { fake, store, urls, downloads, recentStorage, session, apiKey };
}

/** Stops every session made by createHarness (call in afterEach). */
export function disposeHarnesses(): void {
  for (const session of sessions.splice(0)) session.dispose();
}

/** A saved workspace with one option, "Current", holding `chart`, made through the API directly. */
export async function seedWorkspace(fake: FakeApi, chart: Chart = acme) {
  const workspace = await fake.client.createWorkspace({
    body: { name: 'Acme', rules: { 'span-of-control': ['warning', { max: 5 }] } },
  });
  if (!workspace.ok) throw new Error('seed failed');
  const scenario = await fake.client.createScenario({
    workspaceId: workspace.value.id,
    body: { name: 'Current', chart },
  });
  if (!scenario.ok) throw new Error('seed failed');
  fake.calls = [];
  return { workspaceId: workspace.value.id, scenarioId: scenario.value.id };
}

/** A harness with a seeded workspace open in the session. */
export async function openedHarness(chart: Chart = acme) {
  const harness = createHarness();
  const ids = await seedWorkspace(harness.fake, chart);
  harness.session.start(`/w/${ids.workspaceId}/${ids.scenarioId}`);
  await flush();
  harness.fake.calls = [];
  return { ...harness, ...ids };
}

export const flush = () => vi.advanceTimersByTimeAsync(0);
export const saveDelay = () => vi.advanceTimersByTimeAsync(700);

export function retitle(id: string, title: string): void {
  editor().applyPatch([{ op: 'updatePosition', positionId: id, changes: { title } }]);
}
