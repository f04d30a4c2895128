import { readRecent } from '@orgwise/editor';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyChart, useEditor } from '../store/editor-store.js';
import {
  combineBoth,
  combineCheck,
  keepMine,
  loadTheirs,
  saveMineAsOption,
} from './conflict-commands.js';
import {
  acme,
  disposeHarnesses,
  editor,
  flush,
  openedHarness as opened,
  retitle as rename,
  saveDelay,
  seedWorkspace as seed,
  createHarness as setup,
} from './testing/session-harness.js';

beforeEach(() => {
  vi.useFakeTimers();
  editor().loadDocument({ chart: emptyChart });
});

afterEach(() => {
  disposeHarnesses();
  vi.useRealTimers();
});

describe('the start screen', () => {
  test('the first change creates the workspace and its option “Current”, and the address names them', async () => {
    const { fake, store, urls, recentStorage, session } = setup();
    session.start('/');
    expect(store.getState().phase).toBe('start');
    expect(fake.calls).toEqual([]);

    editor().replaceChart(acme);
    await flush();

    const [workspace] = fake.workspaces.values();
    expect(workspace?.name).toBe('Acme A/S');
    const scenarios = fake.summaries(workspace!.id);
    expect(scenarios.map((s) => s.name)).toEqual(['Current']);
    expect(fake.scenarios.get(scenarios[0]!.id)?.scenario.chart).toEqual(acme);
    expect(store.getState()).toMatchObject({ phase: 'ready', currentId: scenarios[0]!.id });
    expect(urls.at(-1)).toBe(`/w/${workspace!.id}/${scenarios[0]!.id}`);
    expect(readRecent(recentStorage)[0]).toMatchObject({
      workspaceId: workspace!.id,
      name: 'Acme A/S',
    });
  });

  test('a chart without a company makes an “Untitled workspace”', async () => {
    const { fake, session } = setup();
    session.start('/');
    editor().addPosition({ title: 'CEO', role: null }, null);
    await flush();
    expect([...fake.workspaces.values()][0]?.name).toBe('Untitled workspace');
  });

  test('while the server is unreachable, the chart is kept and the workspace created once it is back', async () => {
    const { fake, store, session } = setup();
    session.start('/');
    fake.offline = true;
    editor().replaceChart(acme);
    await flush();
    expect(store.getState().queues.create?.status).toBe('retrying');
    expect(session.hasUnsaved()).toBe(true);
    rename('cto', 'Chief Technology Officer');
    fake.offline = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.workspaces.size).toBe(1);
    const [scenario] = fake.scenarios.values();
    expect(scenario?.scenario.chart.positions.find((p) => p.id === 'cto')?.title).toBe(
      'Chief Technology Officer',
    );
    expect(session.hasUnsaved()).toBe(false);
  });

  test('edits made while the workspace is being created are saved right after', async () => {
    const { fake, session } = setup();
    session.start('/');
    editor().replaceChart(acme);
    rename('cfo', 'Finance Director');
    await flush();
    await saveDelay();
    const [scenario] = fake.scenarios.values();
    expect(scenario?.scenario.chart.positions.find((p) => p.id === 'cfo')?.title).toBe(
      'Finance Director',
    );
  });
});

describe('opening a saved workspace', () => {
  test('loads the option’s chart and the workspace’s rules, with no undo history and no save', async () => {
    const { fake, store, session } = setup();
    const { workspaceId, scenarioId } = await seed(fake);
    session.start(`/w/${workspaceId}/${scenarioId}`);
    expect(store.getState().phase).toBe('loading');
    await flush();
    expect(store.getState()).toMatchObject({ phase: 'ready', currentId: scenarioId });
    expect(editor().chart).toEqual(acme);
    expect(editor().ruleSettings).toEqual({ 'span-of-control': ['warning', { max: 5 }] });
    expect(useEditor.getState().history.past).toHaveLength(0);
    await saveDelay();
    expect(fake.called('updateScenario')).toHaveLength(0);
    expect(fake.called('updateWorkspace')).toHaveLength(0);
  });

  test('without an option in the address, the first one opens and the address says so', async () => {
    const { fake, urls, session } = setup();
    const { workspaceId, scenarioId } = await seed(fake);
    session.start(`/w/${workspaceId}`);
    await flush();
    expect(urls.at(-1)).toBe(`/w/${workspaceId}/${scenarioId}`);
  });

  test('an option that no longer exists opens the first one, saying why', async () => {
    const { fake, store, session } = setup();
    const { workspaceId, scenarioId } = await seed(fake);
    session.start(`/w/${workspaceId}/${'x'.repeat(22)}`);
    await flush();
    expect(store.getState().currentId).toBe(scenarioId);
    expect(store.getState().notice?.text).toMatch(/no longer exists/);
  });

  test('an unknown workspace, a malformed link and an unreachable server each fail with their reason', async () => {
    const unknown = setup();
    unknown.session.start(`/w/${'A'.repeat(22)}`);
    await flush();
    expect(unknown.store.getState()).toMatchObject({
      phase: 'failed',
      failure: { kind: 'not-found' },
    });

    const malformed = setup();
    malformed.session.start('/w/not-an-id');
    expect(malformed.store.getState()).toMatchObject({
      phase: 'failed',
      failure: { kind: 'bad-link' },
    });
    expect(malformed.fake.calls).toEqual([]);

    const offline = setup();
    const { workspaceId } = await seed(offline.fake);
    offline.fake.offline = true;
    offline.session.start(`/w/${workspaceId}`);
    await flush();
    expect(offline.store.getState().failure?.kind).toBe('network');
    offline.fake.offline = false;
    offline.session.retryLoad();
    await flush();
    expect(offline.store.getState().phase).toBe('ready');
  });

  test('a server that wants an API key asks for it once, then opens with it', async () => {
    const { fake, store, session, apiKey } = setup();
    const { workspaceId } = await seed(fake);
    fake.requiredKey = 'k'.repeat(20);
    session.start(`/w/${workspaceId}`);
    await flush();
    expect(store.getState()).toMatchObject({
      phase: 'failed',
      needsApiKey: true,
      failure: { kind: 'unauthorized' },
    });
    expect(store.getState().apiKeyRejected).toBe(false);
    session.submitApiKey('not-the-key-0123456789');
    await flush();
    expect(store.getState()).toMatchObject({ needsApiKey: true, apiKeyRejected: true });
    session.submitApiKey(` ${'k'.repeat(20)} `);
    await flush();
    expect(apiKey.get()).toBe('k'.repeat(20));
    expect(store.getState()).toMatchObject({ phase: 'ready', needsApiKey: false });
  });
});

describe('autosave', () => {
  test('edits are coalesced into one save of a patch, based on the version last seen', async () => {
    const { fake, store, scenarioId } = await opened();
    rename('cto', 'CTO 1');
    await vi.advanceTimersByTimeAsync(300);
    rename('cto', 'CTO 2');
    expect(store.getState().queues[`scenario:${scenarioId}`]?.status).toBe('pending');
    await saveDelay();
    const saves = fake.called('updateScenario');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.input.ifMatch).toBe(1);
    expect(saves[0]?.input.body).toEqual({
      patch: [{ op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO 2' } }],
    });
    expect(fake.scenarios.get(scenarioId)?.scenario.chart).toEqual(editor().chart);
    expect(store.getState().queues[`scenario:${scenarioId}`]).toMatchObject({
      status: 'saved',
      version: 2,
    });
    rename('cfo', 'CFO 2');
    await saveDelay();
    expect(fake.called('updateScenario')[1]?.input.ifMatch).toBe(2);
    expect(fake.called('updateScenario')[1]?.input.body).toEqual({
      patch: [{ op: 'updatePosition', positionId: 'cfo', changes: { title: 'CFO 2' } }],
    });
  });

  test('a save based on a version whose chart the editor has not seen sends the whole chart', async () => {
    const { fake, store, session, scenarioId } = await opened();
    rename('cto', 'Mine');
    fake.saveScenario(scenarioId, { name: 'Renamed elsewhere' });
    await saveDelay();
    expect(store.getState().conflict).toMatchObject({ kind: 'conflict' });
    await keepMine(session);
    const last = fake.called('updateScenario').at(-1);
    expect(last?.input.body).toMatchObject({ chart: editor().chart });
    expect(last?.input.body).not.toHaveProperty('patch');
  });

  test('rule settings are saved to the workspace', async () => {
    const { fake, workspaceId } = await opened();
    editor().setRuleSetting('span-of-control', 'off');
    await saveDelay();
    expect(fake.workspaces.get(workspaceId)?.rules).toEqual({ 'span-of-control': 'off' });
  });

  test('while unreachable, changes are kept and saved when the server is back', async () => {
    const { fake, store, session, scenarioId } = await opened();
    fake.offline = true;
    rename('cto', 'Offline edit');
    await saveDelay();
    expect(store.getState().queues[`scenario:${scenarioId}`]?.status).toBe('retrying');
    expect(session.hasUnsaved()).toBe(true);
    fake.offline = false;
    session.retryNow();
    await flush();
    expect(
      fake.scenarios.get(scenarioId)?.scenario.chart.positions.find((p) => p.id === 'cto')?.title,
    ).toBe('Offline edit');
    expect(session.hasUnsaved()).toBe(false);
  });

  test('a save whose answer was lost, sent again, is recognised as saved, not as a conflict', async () => {
    const { fake, store, scenarioId } = await opened();
    rename('cto', 'Landed');
    // The server saved it, but the editor never heard back.
    fake.saveScenario(scenarioId, { chart: editor().chart });
    await saveDelay();
    expect(store.getState().conflict).toBeNull();
    expect(store.getState().queues[`scenario:${scenarioId}`]).toMatchObject({
      status: 'saved',
      version: 2,
    });
  });
});

describe('conflicts', () => {
  async function inConflict() {
    const context = setup();
    const ids = await seed(context.fake);
    context.session.start(`/w/${ids.workspaceId}/${ids.scenarioId}`);
    await flush();
    // Someone else saves version 2 …
    const theirs = structuredClone(acme);
    theirs.positions[1]!.title = 'Their CTO';
    context.fake.saveScenario(ids.scenarioId, { chart: theirs });
    // … while I edit version 1.
    rename('cfo', 'My CFO');
    await saveDelay();
    return { ...context, ...ids, theirs };
  }

  test('a save based on an old version shows the conflict and overwrites nothing', async () => {
    const { fake, store, scenarioId, theirs } = await inConflict();
    expect(store.getState().conflict).toMatchObject({
      kind: 'conflict',
      name: 'Current',
      theirVersion: 2,
      target: { kind: 'scenario', scenarioId },
    });
    expect(fake.scenarios.get(scenarioId)?.scenario.chart).toEqual(theirs);
    // More edits do not sneak through while the user decides.
    rename('ceo', 'Still mine');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fake.scenarios.get(scenarioId)?.scenario.version).toBe(2);
  });

  test('load theirs: their chart replaces mine, and mine can be downloaded', async () => {
    const { store, downloads, theirs, session } = await inConflict();
    await loadTheirs(session);
    expect(editor().chart).toEqual(theirs);
    expect(store.getState().conflict).toBeNull();
    const notice = store.getState().notice;
    expect(notice?.action?.label).toBe('Download my version');
    notice?.action?.run();
    expect(downloads[0]?.chart.positions.find((p) => p.id === 'cfo')?.title).toBe('My CFO');
  });

  test('keep mine: my whole chart is saved over theirs, based on their version', async () => {
    const { fake, store, scenarioId, session } = await inConflict();
    const mine = editor().chart;
    await keepMine(session);
    expect(fake.scenarios.get(scenarioId)?.scenario).toMatchObject({ version: 3, chart: mine });
    expect(store.getState().conflict).toBeNull();
  });

  test('save mine as a new option: theirs stays, mine becomes “Current (your version)” and opens', async () => {
    const { fake, store, urls, scenarioId, workspaceId, theirs, session } = await inConflict();
    const mine = editor().chart;
    await saveMineAsOption(session);
    const list = fake.summaries(workspaceId);
    expect(list.map((s) => s.name)).toEqual(['Current', 'Current (your version)']);
    expect(fake.scenarios.get(scenarioId)?.scenario.chart).toEqual(theirs);
    const created = fake.scenarios.get(list[1]!.id)!.scenario;
    expect(created).toMatchObject({ chart: mine, derivedFrom: scenarioId });
    expect(store.getState()).toMatchObject({ currentId: created.id, conflict: null });
    expect(urls.at(-1)).toBe(`/w/${workspaceId}/${created.id}`);
    // Editing goes on in the new option.
    rename('ceo', 'Next');
    await saveDelay();
    expect(fake.scenarios.get(created.id)?.scenario.version).toBe(2);
  });

  const titleIn = (chart: typeof acme, id: string) =>
    chart.positions.find((p) => p.id === id)?.title;

  test('combine both: their change and mine are both kept, saved as a patch of their version', async () => {
    const { fake, store, scenarioId, session } = await inConflict();
    expect(combineCheck(session).ok).toBe(true);
    await combineBoth(session);
    expect(titleIn(editor().chart, 'cto')).toBe('Their CTO');
    expect(titleIn(editor().chart, 'cfo')).toBe('My CFO');
    const last = fake.called('updateScenario').at(-1);
    expect(last?.input.ifMatch).toBe(2);
    expect(last?.input.body).toEqual({
      patch: [{ op: 'updatePosition', positionId: 'cfo', changes: { title: 'My CFO' } }],
    });
    const saved = fake.scenarios.get(scenarioId)?.scenario;
    expect(saved?.version).toBe(3);
    expect(saved?.chart).toEqual(editor().chart);
    expect(store.getState().conflict).toBeNull();
    expect(store.getState().notice?.text).toBe(
      'Combined their version of “Current” with your changes, and saved it.',
    );
  });

  test('combine both: their change takes no undo step, and undo and redo still undo only mine', async () => {
    const { fake, scenarioId, session } = await inConflict();
    await combineBoth(session);
    expect(useEditor.getState().history.past).toHaveLength(1);
    editor().undo();
    expect(titleIn(editor().chart, 'cfo')).toBe('CFO');
    expect(titleIn(editor().chart, 'cto')).toBe('Their CTO');
    expect(useEditor.getState().history.past).toHaveLength(0);
    await saveDelay();
    expect(fake.called('updateScenario').at(-1)?.input).toMatchObject({
      ifMatch: 3,
      body: { patch: [{ op: 'updatePosition', positionId: 'cfo', changes: { title: 'CFO' } }] },
    });
    editor().redo();
    expect(titleIn(editor().chart, 'cfo')).toBe('My CFO');
    expect(titleIn(editor().chart, 'cto')).toBe('Their CTO');
    await saveDelay();
    expect(fake.scenarios.get(scenarioId)?.scenario.chart).toEqual(editor().chart);
  });

  test('combine both: where we both changed a field, theirs stays and the notice says what of mine was left out', async () => {
    const { fake, store, scenarioId, session } = await inConflict();
    rename('cto', 'My CTO');
    await combineBoth(session);
    expect(titleIn(editor().chart, 'cto')).toBe('Their CTO');
    expect(titleIn(editor().chart, 'cfo')).toBe('My CFO');
    expect(titleIn(fake.scenarios.get(scenarioId)!.scenario.chart, 'cto')).toBe('Their CTO');
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    expect(store.getState().notice?.text).toContain(
      'Your change to the title of “Their CTO” was left out: someone else changed it meanwhile',
    );
  });

  test('combine both is not offered when their version cannot be said as a patch, and says why', async () => {
    const context = setup();
    const ids = await seed(context.fake);
    context.session.start(`/w/${ids.workspaceId}/${ids.scenarioId}`);
    await flush();
    const theirs = structuredClone(acme);
    theirs.positions.reverse();
    context.fake.saveScenario(ids.scenarioId, { chart: theirs });
    rename('cfo', 'My CFO');
    await saveDelay();
    const check = combineCheck(context.session);
    expect(check).toMatchObject({ ok: false });
    expect(check.ok ? '' : check.reason).toMatch(/reorders positions/);
    await combineBoth(context.session);
    expect(context.store.getState().conflict).toMatchObject({ kind: 'conflict' });
  });
});

describe('an option deleted elsewhere', () => {
  async function deletedWhileEditing() {
    const context = await opened();
    const second = await context.fake.client.createScenario({
      workspaceId: context.workspaceId,
      body: { name: 'Option A' },
    });
    if (!second.ok) throw new Error('seed failed');
    await context.session.refreshScenarios();
    context.fake.scenarios.delete(context.scenarioId);
    context.fake.order.set(context.workspaceId, [second.value.id]);
    rename('cto', 'Mine');
    await saveDelay();
    return { ...context, secondId: second.value.id };
  }

  test('is shown as gone; discarding opens the remaining option and offers mine as a download', async () => {
    const { store, session, secondId, downloads } = await deletedWhileEditing();
    expect(store.getState().conflict).toMatchObject({ kind: 'gone', name: 'Current' });
    await loadTheirs(session);
    expect(store.getState()).toMatchObject({ currentId: secondId, conflict: null });
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Option A']);
    store.getState().notice?.action?.run();
    expect(downloads[0]?.chart.positions.find((p) => p.id === 'cto')?.title).toBe('Mine');
  });

  test('saving mine as a new option keeps my chart, under a new id', async () => {
    const { fake, store, session, workspaceId } = await deletedWhileEditing();
    await saveMineAsOption(session);
    const names = fake.summaries(workspaceId).map((s) => s.name);
    expect(names).toEqual(['Option A', 'Current (your version)']);
    const mine = fake.summaries(workspaceId)[1]!;
    expect(store.getState()).toMatchObject({ currentId: mine.id, conflict: null });
    expect(fake.scenarios.get(mine.id)?.scenario).toMatchObject({ derivedFrom: null });
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(names);
  });
});

describe('a workspace changed elsewhere', () => {
  async function renamedTwice() {
    const context = await opened();
    // Someone else renames the workspace and turns a rule off.
    const theirs = context.fake.workspaces.get(context.workspaceId)!;
    Object.assign(theirs, { name: 'Their name', rules: { 'span-of-control': 'off' } });
    theirs.version += 1;
    context.session.renameWorkspace('My name');
    await saveDelay();
    return context;
  }

  test('load theirs takes their name and rules, without an undo step', async () => {
    const { store, session } = await renamedTwice();
    expect(store.getState().conflict).toMatchObject({
      kind: 'conflict',
      target: { kind: 'workspace' },
    });
    await loadTheirs(session);
    expect(store.getState().workspace?.name).toBe('Their name');
    expect(editor().ruleSettings).toEqual({ 'span-of-control': 'off' });
    expect(useEditor.getState().history.past).toHaveLength(0);
    // Taking theirs is not saved back.
    await saveDelay();
    expect(store.getState().queues.workspace?.status).toBe('saved');
  });

  test('keep mine saves my name and rules over theirs', async () => {
    const { fake, store, session, workspaceId } = await renamedTwice();
    await keepMine(session);
    expect(fake.workspaces.get(workspaceId)).toMatchObject({
      name: 'My name',
      rules: { 'span-of-control': ['warning', { max: 5 }] },
      version: 3,
    });
    expect(store.getState().conflict).toBeNull();
  });
});
