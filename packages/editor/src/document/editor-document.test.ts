import { type Chart, PatchError } from '@orgwise/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editSeed, randomChart, resolveEdit } from '../testing/random-edits.js';
import {
  applyEdit,
  canRedo,
  canUndo,
  changeRuleSettings,
  type EditorDocument,
  openDocument,
  redo,
  replaceChart,
  undo,
} from './editor-document.js';
import { HISTORY_LIMIT } from './history.js';
import { sameChart } from './same-chart.js';

const chart: Chart = {
  version: 1,
  positions: [
    { id: 'ceo', title: 'CEO' },
    { id: 'cto', title: 'CTO', reportsTo: 'cio' },
    { id: 'cio', title: 'CIO', reportsTo: 'ceo', roles: ['cio'] },
  ],
};

const title = (document: EditorDocument, id: string) =>
  document.chart.positions.find((p) => p.id === id)?.title;

describe('the editor document', () => {
  it('keeps patches, not charts, in its history', () => {
    const edited = applyEdit(openDocument(chart), [
      { op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO & co-founder' } },
    ]);
    expect(edited.history.past).toEqual([
      {
        origin: 'user',
        undo: { ops: [{ op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO' } }] },
        redo: {
          ops: [
            { op: 'updatePosition', positionId: 'cto', changes: { title: 'CTO & co-founder' } },
          ],
        },
      },
    ]);
  });

  it('undoes and redoes across user edits, fixes and imports, with their origins', () => {
    let document = openDocument(chart);
    document = applyEdit(document, [{ op: 'resetRoles', positionId: 'cio' }]);
    document = applyEdit(document, [{ op: 'setReportsTo', positionId: 'cto', reportsTo: 'ceo' }], {
      origin: 'fix',
    });
    const imported: Chart = { version: 1, positions: [{ id: 'x', title: 'Imported' }] };
    document = replaceChart(document, imported);
    expect(document.history.past.map((entry) => entry.origin)).toEqual(['user', 'fix', 'import']);
    expect(document.chart).toBe(imported);

    document = undo(document).document;
    expect(document.chart.positions.map((p) => p.id)).toEqual(['ceo', 'cto', 'cio']);
    document = undo(document).document;
    expect(document.chart.positions[1]?.reportsTo).toBe('cio');
    document = undo(document).document;
    expect(sameChart(document.chart, chart)).toBe(true);
    expect(canUndo(document)).toBe(false);

    for (let i = 0; i < 3; i++) document = redo(document).document;
    expect(sameChart(document.chart, imported)).toBe(true);
    expect(canRedo(document)).toBe(false);
  });

  it('joins typing in one field into one step, for 1.5 s after each keystroke', () => {
    const type = (document: EditorDocument, text: string, now: number) =>
      applyEdit(document, [{ op: 'updatePosition', positionId: 'cto', changes: { title: text } }], {
        coalesceKey: 'cto:title',
        now,
      });
    let document = type(openDocument(chart), 'C', 0);
    document = type(document, 'Ch', 1000);
    document = type(document, 'Chi', 2000);
    expect(document.history.past).toHaveLength(1);
    document = type(document, 'Chief', 4000);
    expect(document.history.past).toHaveLength(2);
    document = undo(document).document;
    expect(title(document, 'cto')).toBe('Chi');
    document = undo(document).document;
    expect(title(document, 'cto')).toBe('CTO');
  });

  it('does not join an edit to a step that undo closed', () => {
    const edit = (document: EditorDocument, text: string, now: number) =>
      applyEdit(document, [{ op: 'updatePosition', positionId: 'ceo', changes: { title: text } }], {
        coalesceKey: 'ceo:title',
        now,
      });
    let document = edit(openDocument(chart), 'A', 0);
    document = undo(document).document;
    document = edit(document, 'B', 100);
    expect(document.history.past).toHaveLength(1);
    expect(undo(document).document.chart.positions[0]?.title).toBe('CEO');
  });

  it('undoes rule settings', () => {
    let document = changeRuleSettings(openDocument(chart), { 'narrow-span': 'off' });
    document = undo(document).document;
    expect(document.ruleSettings).toEqual({});
    expect(redo(document).document.ruleSettings).toEqual({ 'narrow-span': 'off' });
  });

  it('throws a PatchError and keeps the document when an operation cannot apply', () => {
    const document = openDocument(chart);
    expect(() => applyEdit(document, [{ op: 'removePosition', positionId: 'nobody' }])).toThrow(
      PatchError,
    );
    expect(document.history.past).toHaveLength(0);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let document = openDocument(chart);
    for (let i = 0; i <= HISTORY_LIMIT; i++) {
      document = applyEdit(document, [
        { op: 'updatePosition', positionId: 'ceo', changes: { title: `CEO ${i}` } },
      ]);
    }
    expect(document.history.past).toHaveLength(HISTORY_LIMIT);
    while (canUndo(document)) document = undo(document).document;
    expect(title(document, 'ceo')).toBe('CEO 0');
  });

  it('undoes every edit back to the start and redoes them all (property)', () => {
    fc.assert(
      fc.property(randomChart, fc.array(editSeed, { maxLength: 10 }), (start, seeds) => {
        let document = openDocument(start);
        const charts = [start];
        for (const seed of seeds) {
          const op = resolveEdit(document.chart, seed);
          if (op === undefined) continue;
          document = applyEdit(document, [op], { origin: seed.flag ? 'user' : 'fix' });
          charts.push(document.chart);
        }
        for (let i = charts.length - 2; i >= 0; i--) {
          const result = undo(document);
          expect(result.dropped).toEqual([]);
          document = result.document;
          expect(sameChart(document.chart, charts[i]!)).toBe(true);
        }
        for (let i = 1; i < charts.length; i++) {
          document = redo(document).document;
          expect(sameChart(document.chart, charts[i]!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
