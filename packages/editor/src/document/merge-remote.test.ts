import { applyPatch, type Chart, type PatchOp } from '@orgwise/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editSeed, randomChart, resolveEdit } from '../testing/random-edits.js';
import { applyEdit, type EditorDocument, openDocument, redo, undo } from './editor-document.js';
import { mergeRemote } from './merge-remote.js';
import { sameChart } from './same-chart.js';

const base: Chart = {
  version: 1,
  positions: [
    { id: 'ceo', title: 'CEO' },
    { id: 'cto', title: 'CTO', reportsTo: 'ceo' },
    { id: 'dev', title: 'Developer', reportsTo: 'cto' },
  ],
};

const retitle = (positionId: string, title: string): PatchOp => ({
  op: 'updatePosition',
  positionId,
  changes: { title },
});

const titles = (document: EditorDocument) => document.chart.positions.map((p) => p.title);

/** The same chart whatever the order of its positions (a position brought back may move). */
function sameContent(a: Chart, b: Chart): boolean {
  const sorted = (chart: Chart) => ({
    ...chart,
    positions: [...chart.positions].sort((x, y) => x.id.localeCompare(y.id)),
  });
  return sameChart(sorted(a), sorted(b));
}

describe('mergeRemote', () => {
  it('takes in a remote change without an undo step, and undo undoes only my own', () => {
    let document = applyEdit(openDocument(base), [retitle('ceo', 'Chief Executive')]);
    document = mergeRemote(document, { base, patch: [retitle('dev', 'Engineer')] }).document;
    expect(titles(document)).toEqual(['Chief Executive', 'CTO', 'Engineer']);
    expect(document.history.past).toHaveLength(1);
    document = undo(document).document;
    expect(titles(document)).toEqual(['CEO', 'CTO', 'Engineer']);
    document = redo(document).document;
    expect(titles(document)).toEqual(['Chief Executive', 'CTO', 'Engineer']);
  });

  it('lets the remote change win a field both changed, and says which edit was dropped', () => {
    const document = applyEdit(openDocument(base), [retitle('cto', 'Mine')]);
    const merged = mergeRemote(document, { base, patch: [retitle('cto', 'Theirs')] });
    expect(titles(merged.document)).toEqual(['CEO', 'Theirs', 'Developer']);
    expect(merged.dropped).toEqual([
      {
        op: retitle('cto', 'Mine'),
        reason: 'someone else changed it meanwhile, and the change saved first stays',
      },
    ]);
    // Undo does not write over their title either.
    expect(titles(undo(merged.document).document)).toEqual(['CEO', 'Theirs', 'Developer']);
  });

  it('drops my edits of a position the remote change removed, with the reason', () => {
    const document = applyEdit(openDocument(base), [retitle('dev', 'Engineer')]);
    const merged = mergeRemote(document, {
      base,
      patch: [{ op: 'removePosition', positionId: 'dev' }],
    });
    expect(merged.document.chart.positions.map((p) => p.id)).toEqual(['ceo', 'cto']);
    expect(merged.dropped.map((d) => d.reason)).toEqual(['No position has id "dev"']);
    const undone = undo(merged.document);
    expect(undone.document.chart.positions.map((p) => p.id)).toEqual(['ceo', 'cto']);
    expect(undone.dropped.map((d) => d.reason)).toEqual(['No position has id "dev"']);
  });

  it('brings back a position I removed with the fields someone else changed since', () => {
    let document = applyEdit(openDocument(base), [{ op: 'removePosition', positionId: 'cto' }]);
    document = mergeRemote(document, {
      base,
      patch: [retitle('cto', 'Chief Technology')],
    }).document;
    expect(document.chart.positions.map((p) => p.id)).toEqual(['ceo', 'dev']);
    document = undo(document).document;
    expect(document.chart).toEqual({
      version: 1,
      positions: [
        { id: 'ceo', title: 'CEO' },
        { id: 'cto', title: 'Chief Technology', reportsTo: 'ceo' },
        { id: 'dev', title: 'Developer', reportsTo: 'cto' },
      ],
    });
  });

  it('merges any two sets of edits: undoing all of mine leaves exactly theirs (property)', () => {
    fc.assert(
      fc.property(
        randomChart,
        fc.array(editSeed, { maxLength: 6 }),
        fc.array(editSeed, { maxLength: 6 }),
        (start, mine, theirs) => {
          let document = openDocument(start);
          for (const seed of mine) {
            const op = resolveEdit(document.chart, seed);
            if (op !== undefined) document = applyEdit(document, [op]);
          }
          let remote = start;
          const patch: PatchOp[] = [];
          for (const seed of theirs) {
            const op = resolveEdit(remote, seed);
            if (op === undefined) continue;
            remote = applyPatch(remote, [op]);
            patch.push(op);
          }
          const steps = document.history.past.length;
          const merged = mergeRemote(document, { base: start, patch });
          expect(merged.document.history.past).toHaveLength(steps);
          let after = merged.document;
          for (let i = 0; i < steps; i++) after = undo(after).document;
          expect(sameContent(after.chart, remote)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('changes nothing when the remote patch is empty (property)', () => {
    fc.assert(
      fc.property(randomChart, fc.array(editSeed, { maxLength: 6 }), (start, mine) => {
        let document = openDocument(start);
        for (const seed of mine) {
          const op = resolveEdit(document.chart, seed);
          if (op !== undefined) document = applyEdit(document, [op]);
        }
        const merged = mergeRemote(document, { base: start, patch: [] });
        expect(merged.dropped).toEqual([]);
        expect(sameChart(merged.document.chart, document.chart)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
