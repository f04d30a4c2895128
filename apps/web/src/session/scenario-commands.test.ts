import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyChart, useEditor } from '../store/editor-store.js';
import { restoreRevision } from './revision-commands.js';
import {
  deleteScenario,
  describeScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  switchScenario,
} from './scenario-commands.js';
import {
  acme,
  disposeHarnesses,
  editor,
  flush,
  openedHarness,
  retitle,
  saveDelay,
} from './testing/session-harness.js';

beforeEach(() => {
  vi.useFakeTimers();
  editor().loadDocument({ chart: emptyChart });
});

afterEach(() => {
  disposeHarnesses();
  vi.useRealTimers();
});

const names = (h: Awaited<ReturnType<typeof openedHarness>>) =>
  h.store.getState().scenarios.map((s) => s.name);
const serverNames = (h: Awaited<ReturnType<typeof openedHarness>>) =>
  h.fake.summaries(h.workspaceId).map((s) => s.name);

describe('options', () => {
  test('a new option is a copy of the open one, saved first, and opens with a fresh history', async () => {
    const h = await openedHarness();
    retitle('cto', 'Unsaved CTO');
    const id = await duplicateScenario(h.session);
    expect(id).toBeDefined();
    expect(serverNames(h)).toEqual(['Current', 'Option A']);
    const copy = h.fake.scenarios.get(id!)!.scenario;
    expect(copy.derivedFrom).toBe(h.scenarioId);
    expect(copy.chart.positions.find((p) => p.id === 'cto')?.title).toBe('Unsaved CTO');
    expect(h.store.getState().currentId).toBe(id);
    expect(h.urls.at(-1)).toBe(`/w/${h.workspaceId}/${id}`);
    expect(useEditor.getState().history.past).toHaveLength(0);
    // Edits now go to the new option only.
    retitle('cfo', 'Option CFO');
    await saveDelay();
    expect(
      h.fake.scenarios.get(id!)!.scenario.chart.positions.find((p) => p.id === 'cfo')?.title,
    ).toBe('Option CFO');
    expect(
      h.fake.scenarios.get(h.scenarioId)!.scenario.chart.positions.find((p) => p.id === 'cfo')
        ?.title,
    ).toBe('CFO');
  });

  test('switching saves the open option first, then shows the other one', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    retitle('ceo', 'Option CEO');
    await switchScenario(h.session, h.scenarioId);
    expect(h.store.getState().currentId).toBe(h.scenarioId);
    expect(editor().chart).toEqual(acme);
    expect(
      h.fake.scenarios.get(optionId)!.scenario.chart.positions.find((p) => p.id === 'ceo')?.title,
    ).toBe('Option CEO');
  });

  test('switching is refused, with the reason, while the open option cannot be saved', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    await switchScenario(h.session, h.scenarioId);
    h.fake.offline = true;
    retitle('ceo', 'Kept');
    await switchScenario(h.session, optionId);
    expect(h.store.getState().currentId).toBe(h.scenarioId);
    expect(h.store.getState().notice).toMatchObject({ tone: 'error' });
    expect(h.store.getState().notice?.text).toMatch(/cannot be reached/);
    expect(editor().chart.positions[0]?.title).toBe('Kept');
  });

  test('renaming saves at once; an empty name is refused and the old one kept', async () => {
    const h = await openedHarness();
    expect(renameScenario(h.session, h.scenarioId, '  Today  ')).toBe(true);
    await flush();
    expect(serverNames(h)).toEqual(['Today']);
    expect(renameScenario(h.session, h.scenarioId, '   ')).toBe(false);
    expect(names(h)).toEqual(['Today']);
  });

  test('the rationale is saved after a pause, with line breaks', async () => {
    const h = await openedHarness();
    describeScenario(h.session, h.scenarioId, 'Split CIO and CTO.');
    describeScenario(h.session, h.scenarioId, 'Split CIO and CTO.\nThe CTO reports to the CEO.');
    await saveDelay();
    expect(h.fake.called('updateScenario')).toHaveLength(1);
    expect(h.fake.scenarios.get(h.scenarioId)!.scenario.description).toBe(
      'Split CIO and CTO.\nThe CTO reports to the CEO.',
    );
  });

  test('moving an option saves the order with the workspace’s version', async () => {
    const h = await openedHarness();
    await duplicateScenario(h.session);
    await duplicateScenario(h.session);
    expect(moveScenario(h.session, h.scenarioId, +1)).toBe(true);
    await flush();
    expect(serverNames(h)).toEqual(['Option A', 'Current', 'Option B']);
    expect(moveScenario(h.session, h.scenarioId, +1)).toBe(true);
    await flush();
    expect(serverNames(h)).toEqual(['Option A', 'Option B', 'Current']);
    expect(h.fake.workspaces.get(h.workspaceId)?.version).toBe(3);
    expect(moveScenario(h.session, h.scenarioId, +1)).toBe(false);
  });

  test('a workspace rename and a move together are two requests, one after the other', async () => {
    const h = await openedHarness();
    await duplicateScenario(h.session);
    h.session.renameWorkspace('Acme 2027');
    moveScenario(h.session, h.scenarioId, +1);
    await flush();
    expect(
      h.fake.calls
        .filter((c) => c.name === 'updateWorkspace' || c.name === 'reorderScenarios')
        .map((c) => c.name),
    ).toEqual(['updateWorkspace', 'reorderScenarios']);
    expect(h.fake.workspaces.get(h.workspaceId)).toMatchObject({ name: 'Acme 2027', version: 3 });
    expect(serverNames(h)).toEqual(['Option A', 'Current']);
  });

  test('delete the open option: the next one opens; undo brings it back in its place', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    retitle('cto', 'Option CTO');
    renameScenario(h.session, optionId, 'Split CIO/CTO');
    describeScenario(h.session, optionId, 'Why');
    await switchScenario(h.session, h.scenarioId);
    // “Option A” is a free name again once the first copy was renamed.
    await duplicateScenario(h.session);
    expect(names(h)).toEqual(['Current', 'Split CIO/CTO', 'Option A']);
    await switchScenario(h.session, optionId);

    expect(await deleteScenario(h.session, optionId)).toBe(true);
    expect(serverNames(h)).toEqual(['Current', 'Option A']);
    expect(h.store.getState().currentId).toBe(h.fake.summaries(h.workspaceId)[1]!.id);

    const notice = h.store.getState().notice;
    expect(notice?.text).toBe('Deleted “Split CIO/CTO”.');
    expect(notice?.action?.label).toBe('Undo');
    const revisionsBefore = h.fake.deleted.get(optionId)!.revisions.length;
    notice!.action!.run();
    await flush();
    const list = h.fake.summaries(h.workspaceId);
    expect(list.map((s) => s.name)).toEqual(['Current', 'Split CIO/CTO', 'Option A']);
    expect(names(h)).toEqual(['Current', 'Split CIO/CTO', 'Option A']);
    // The same option comes back, saved versions and all, not a copy.
    expect(list[1]!.id).toBe(optionId);
    expect(h.fake.called('createScenario')).toHaveLength(2);
    expect(h.fake.scenarios.get(optionId)!.revisions).toHaveLength(revisionsBefore);
    expect(h.store.getState().notice?.text).toBe(
      'Brought back “Split CIO/CTO” with its saved versions.',
    );
    const back = h.fake.scenarios.get(optionId)!.scenario;
    expect(back).toMatchObject({ description: 'Why', derivedFrom: h.scenarioId });
    expect(back.chart.positions.find((p) => p.id === 'cto')?.title).toBe('Option CTO');
    expect(h.store.getState().currentId).toBe(back.id);
    expect(editor().chart).toEqual(back.chart);
  });

  test('undo after someone else brought the option back: it is there once, and the notice says so', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    expect(await deleteScenario(h.session, optionId)).toBe(true);
    const undo = h.store.getState().notice!.action!;
    // Another tab brings it back first.
    await h.fake.client.restoreDeletedScenario({
      workspaceId: h.workspaceId,
      scenarioId: optionId,
      ifMatch: 1,
    });
    undo.run();
    await flush();
    expect(h.store.getState().notice?.text).toBe(
      '“Option A” is back already: someone brought it back first.',
    );
    expect(names(h)).toEqual(['Current', 'Option A']);
    // It was the open option when deleted, so it opens again.
    expect(h.store.getState().currentId).toBe(optionId);
  });

  test('an option deleted elsewhere first: gone here too, and no undo of a delete we did not make', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    await switchScenario(h.session, h.scenarioId);
    await h.fake.client.deleteScenario({
      workspaceId: h.workspaceId,
      scenarioId: optionId,
      ifMatch: 1,
    });
    expect(await deleteScenario(h.session, optionId)).toBe(true);
    expect(names(h)).toEqual(['Current']);
    expect(h.store.getState().notice).toMatchObject({
      text: '“Option A” was deleted elsewhere already. Deleted options can bring it back.',
    });
    expect(h.store.getState().notice?.action).toBeUndefined();
  });

  test('an option erased meanwhile cannot be brought back, and the notice says why', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    expect(await deleteScenario(h.session, optionId)).toBe(true);
    const undo = h.store.getState().notice!.action!;
    h.fake.deleted.delete(optionId);
    undo.run();
    await flush();
    expect(h.store.getState().notice).toMatchObject({
      text: 'Could not bring back “Option A”: it is no longer kept (deleted options are erased after 30 days).',
      tone: 'error',
    });
    expect(names(h)).toEqual(['Current']);
  });

  test('the last option cannot be deleted', async () => {
    const h = await openedHarness();
    expect(await deleteScenario(h.session, h.scenarioId)).toBe(false);
    expect(h.fake.called('deleteScenario')).toHaveLength(0);
    expect(h.store.getState().notice?.text).toMatch(/at least one option/);
  });

  test('an option changed elsewhere is not deleted', async () => {
    const h = await openedHarness();
    const optionId = (await duplicateScenario(h.session))!;
    await switchScenario(h.session, h.scenarioId);
    h.fake.saveScenario(optionId, { name: 'Changed elsewhere' });
    expect(await deleteScenario(h.session, optionId)).toBe(false);
    expect(h.fake.scenarios.has(optionId)).toBe(true);
    expect(h.store.getState().notice?.text).toMatch(/someone else changed it/);
  });
});

describe('revisions', () => {
  test('restoring an old version saves it as the newest and shows it', async () => {
    const h = await openedHarness();
    retitle('cto', 'Second');
    await saveDelay();
    retitle('cto', 'Third');
    expect(await restoreRevision(h.session, 1)).toBe(true);
    const saved = h.fake.scenarios.get(h.scenarioId)!.scenario;
    expect(saved.version).toBe(4);
    expect(saved.chart).toEqual(acme);
    expect(editor().chart).toEqual(acme);
    expect(h.store.getState().notice?.text).toBe(
      'Restored version 1 of “Current”, saved as version 4. The version before it stays in the history.',
    );
    retitle('cfo', 'After restore');
    await saveDelay();
    expect(h.fake.scenarios.get(h.scenarioId)!.scenario.version).toBe(5);
  });
});
