import { type Chart, PatchError } from '@orgwise/domain';
import { generateChart, orgChart } from '@orgwise/domain/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyChart, useEditor } from './editor-store.js';

const state = () => useEditor.getState();
const history = () => state().history;
const ids = () => state().chart.positions.map((p) => p.id);
const position = (id: string) => state().chart.positions.find((p) => p.id === id);

const sample: Chart = orgChart(
  `
  ceo: CEO
    cto: CTO
      vpe: VP Engineering
    cfo: CFO
`,
  { headcount: 40, businessModel: 'product' },
);

beforeEach(() => {
  state().loadDocument({ chart: sample });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('editor store', () => {
  it('loads a document without history', () => {
    expect(ids()).toEqual(['ceo', 'cto', 'vpe', 'cfo']);
    expect(history().past).toHaveLength(0);
  });

  it('applies a patch as one undoable, redoable step', () => {
    state().applyPatch([{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'ceo' }]);
    expect(position('vpe')?.reportsTo).toBe('ceo');
    state().undo();
    expect(position('vpe')?.reportsTo).toBe('cto');
    state().redo();
    expect(position('vpe')?.reportsTo).toBe('ceo');
  });

  it('clears the status line on undo and redo: what it said was about the step undone', () => {
    state().applyPatch([{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'ceo' }], {
      origin: 'fix',
    });
    state().notify('Applied: Let VP Engineering report to CEO. Undo with Ctrl+Z.');
    state().undo();
    expect(state().status).toBeNull();
    state().notify('Something else');
    state().redo();
    expect(state().status).toBeNull();
  });

  it('throws PatchError and keeps the chart when a patch cannot apply', () => {
    const before = state().chart;
    expect(() =>
      state().applyPatch([{ op: 'setReportsTo', positionId: 'ghost', reportsTo: null }]),
    ).toThrow(PatchError);
    expect(state().chart).toBe(before);
    expect(history().past).toHaveLength(0);
  });

  it('folds typing in one field into one undo step, but not edits of different fields', () => {
    vi.useFakeTimers();
    for (const title of ['C', 'Ch', 'Chief Tech']) {
      state().applyPatch([{ op: 'updatePosition', positionId: 'cto', changes: { title } }], {
        coalesceKey: 'title:cto',
      });
      vi.advanceTimersByTime(200);
    }
    state().applyPatch([{ op: 'updatePosition', positionId: 'cto', changes: { holder: 'Ada' } }], {
      coalesceKey: 'holder:cto',
    });
    expect(history().past).toHaveLength(2);
    state().undo();
    expect(position('cto')).toMatchObject({ title: 'Chief Tech' });
    expect(position('cto')).not.toHaveProperty('holder');
    state().undo();
    expect(position('cto')?.title).toBe('CTO');
  });

  it('starts a new undo step when typing resumes after a pause', () => {
    vi.useFakeTimers();
    const type = (title: string) =>
      state().applyPatch([{ op: 'updatePosition', positionId: 'cto', changes: { title } }], {
        coalesceKey: 'title:cto',
      });
    type('A');
    vi.advanceTimersByTime(5000);
    type('AB');
    expect(history().past).toHaveLength(2);
  });

  it('does not record selection or view changes in the history', () => {
    state().select('cto');
    state().toggleCollapsed('cto');
    state().setDirection('LR');
    expect(history().past).toHaveLength(0);
    state().setDirection('TB');
  });

  it('adds a position from the palette under a manager and selects it', () => {
    const id = state().addPosition({ title: 'CISO', role: 'ciso' }, 'cto');
    expect(id).toBe('ciso');
    expect(position('ciso')).toEqual({ id: 'ciso', title: 'CISO', reportsTo: 'cto' });
    expect(state().selectedId).toBe('ciso');
    state().undo();
    expect(position('ciso')).toBeUndefined();
  });

  it('adds a new top when the manager is unknown or not given', () => {
    state().addPosition({ title: 'Board of Directors', role: 'board' }, null);
    expect(position('board-of-directors')).not.toHaveProperty('reportsTo');
  });

  it('moves a position with its team, and refuses a loop with a reason', () => {
    expect(state().movePosition('cto', 'cfo')).toBe(true);
    expect(position('cto')?.reportsTo).toBe('cfo');
    expect(position('vpe')?.reportsTo).toBe('cto');

    const before = state().chart;
    expect(state().movePosition('cto', 'vpe')).toBe(false);
    expect(state().chart).toBe(before);
    expect(state().status).toMatchObject({ tone: 'error', text: expect.stringMatching(/loop/) });
  });

  it('unfolds the new manager’s team so a moved position stays visible', () => {
    state().toggleCollapsed('cfo');
    state().movePosition('vpe', 'cfo');
    expect(state().collapsed.cfo).toBeUndefined();
  });

  it('removes a position and gives its reports to its manager', () => {
    state().select('cto');
    state().removePosition('cto');
    expect(position('cto')).toBeUndefined();
    expect(position('vpe')?.reportsTo).toBe('ceo');
    expect(state().selectedId).toBe('ceo');
    state().undo();
    expect(position('vpe')?.reportsTo).toBe('cto');
  });

  it('copies a team and pastes it under another manager in one step', () => {
    state().copyPosition('cto');
    state().paste('cfo');
    expect(position('cto-2')).toMatchObject({ reportsTo: 'cfo' });
    expect(position('vp-engineering')).toMatchObject({ reportsTo: 'cto-2' });
    expect(state().selectedId).toBe('cto-2');
    state().undo();
    expect(ids()).toEqual(['ceo', 'cto', 'vpe', 'cfo']);
  });

  it('says so when there is nothing to paste', () => {
    useEditor.setState({ clipboard: null });
    state().paste(null);
    expect(state().status?.tone).toBe('error');
  });

  it('updates the company profile undoably, and removes fields set to undefined', () => {
    state().updateCompany({ headcount: 300 });
    expect(state().chart.company).toEqual({ headcount: 300, businessModel: 'product' });
    state().updateCompany({ businessModel: undefined });
    expect(state().chart.company).toEqual({ headcount: 300 });
    state().undo();
    state().undo();
    expect(state().chart.company).toEqual({ headcount: 40, businessModel: 'product' });
  });

  it('checks rule settings and keeps only valid ones, undoably', () => {
    expect(state().setRuleSetting('span-of-control', ['warning', { max: 0 }])).toEqual([
      'Option “max” must be more than 0.',
    ]);
    expect(state().ruleSettings).toEqual({});
    expect(state().setRuleSetting('ciso-under-cio', 'off')).toEqual([]);
    expect(state().ruleSettings).toEqual({ 'ciso-under-cio': 'off' });
    state().undo();
    expect(state().ruleSettings).toEqual({});
  });

  it('drops invalid saved rule settings on load and says why', () => {
    state().loadDocument({ chart: sample, ruleSettings: { 'no-such-rule': 'off' } });
    expect(state().ruleSettings).toEqual({});
    expect(state().status).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/no-such-rule/),
    });
  });

  it('replaces the chart undoably and asks the canvas to fit it', () => {
    const fit = state().fitRequest;
    state().replaceChart(emptyChart);
    expect(state().chart.positions).toHaveLength(0);
    expect(state().fitRequest).toBe(fit + 1);
    state().undo();
    expect(ids()).toEqual(['ceo', 'cto', 'vpe', 'cfo']);
  });

  it('opens a large chart with its deep teams collapsed', () => {
    state().replaceChart(generateChart(5000, { seed: 2 }));
    expect(Object.keys(state().collapsed).length).toBeGreaterThan(0);
  });

  it('asks the canvas to keep an added, moved or pasted position in view', () => {
    const id = state().addPosition({ title: 'CISO', role: 'ciso' }, 'cto');
    expect(state().centerRequest).toMatchObject({ id, mode: 'keep' });
    state().movePosition('vpe', 'cfo');
    expect(state().centerRequest).toMatchObject({ id: 'vpe', mode: 'keep' });
  });

  it('reveals a position inside collapsed teams', () => {
    state().toggleCollapsed('ceo');
    state().toggleCollapsed('cto');
    state().reveal('vpe');
    expect(state().collapsed).toEqual({});
    expect(state().selectedId).toBe('vpe');
    expect(state().centerRequest).toMatchObject({ id: 'vpe', mode: 'center' });
  });

  it('finds a position: unfolds the teams above, selects it and marks its chain to the top', () => {
    state().toggleCollapsed('cto');
    state().find('vpe');
    expect(state().collapsed).toEqual({});
    expect(state().selectedId).toBe('vpe');
    expect(state().foundChain).toEqual({ vpe: true, cto: true, ceo: true });
    expect(state().centerRequest).toMatchObject({ id: 'vpe', mode: 'center' });
    state().select('cfo');
    expect(state().foundChain).toBeNull();
  });

  it('shows the top levels: teams below them fold, and a new fit is asked', () => {
    const fit = state().fitRequest;
    state().showLevels(2);
    expect(state().collapsed).toEqual({ cto: true });
    expect(state().fitRequest).toBe(fit + 1);
    state().showLevels(1);
    expect(state().collapsed).toEqual({ ceo: true });
  });

  it('drops hand-chosen roles so the title decides again', () => {
    state().applyPatch([{ op: 'setRoles', positionId: 'cto', roles: ['cio'] }]);
    state().resetRoles('cto');
    expect(position('cto')).not.toHaveProperty('roles');
    state().undo();
    expect(position('cto')?.roles).toEqual(['cio']);
  });

  it('records each step with its origin and as patches, never as a copy of the chart', () => {
    state().applyPatch([{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'ceo' }], {
      origin: 'fix',
    });
    state().updateCompany({ headcount: undefined });
    state().replaceChart({ version: 1, positions: [{ id: 'x', title: 'Imported' }] });
    expect(history().past.map((step) => step.origin)).toEqual(['fix', 'user', 'import']);
    expect(history().past[0]?.undo).toEqual({
      ops: [{ op: 'setReportsTo', positionId: 'vpe', reportsTo: 'cto' }],
    });
    expect(history().past[1]?.undo).toEqual({
      ops: [{ op: 'updateCompany', changes: { headcount: 40 } }],
    });
    state().undo();
    state().undo();
    state().undo();
    expect(state().chart).toEqual(sample);
  });

  it('takes in rule settings saved elsewhere without an undo step', () => {
    state().receiveRuleSettings({ 'narrow-span': 'off' });
    expect(state().ruleSettings).toEqual({ 'narrow-span': 'off' });
    expect(history().past).toHaveLength(0);
  });
});
