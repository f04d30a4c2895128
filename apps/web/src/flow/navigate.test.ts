import { orgChart } from '@orgwise/domain/testing';
import { buildForest } from '@orgwise/layout';
import { describe, expect, it } from 'vitest';
import { type ArrowKey, navigate } from './navigate.js';

const forest = buildForest(
  orgChart(`
    ceo: CEO
      cfo: CFO
        controller: Controller
      cto: CTO
      coo: COO
    board: Advisory board
  `),
);
const go = (
  from: string,
  key: ArrowKey,
  direction: 'TB' | 'LR' = 'TB',
  collapsed: string[] = [],
) => {
  const next = navigate(forest, forest.keyIndex.get(from)!, key, direction, (i) =>
    collapsed.includes(forest.keys[i]!),
  );
  return next === undefined ? undefined : forest.keys[next];
};

describe('navigate', () => {
  it('moves up to the manager and down to the first report', () => {
    expect(go('cfo', 'ArrowUp')).toBe('ceo');
    expect(go('ceo', 'ArrowDown')).toBe('cfo');
    expect(go('ceo', 'ArrowUp')).toBeUndefined();
    expect(go('cto', 'ArrowDown')).toBeUndefined();
  });

  it('moves sideways between colleagues and between tops', () => {
    expect(go('cfo', 'ArrowRight')).toBe('cto');
    expect(go('cto', 'ArrowLeft')).toBe('cfo');
    expect(go('coo', 'ArrowRight')).toBeUndefined();
    expect(go('ceo', 'ArrowRight')).toBe('board');
  });

  it('does not go into a collapsed team', () => {
    expect(go('cfo', 'ArrowDown', 'TB', ['cfo'])).toBeUndefined();
  });

  it('follows the drawing when it runs left to right', () => {
    expect(go('cfo', 'ArrowLeft', 'LR')).toBe('ceo');
    expect(go('ceo', 'ArrowRight', 'LR')).toBe('cfo');
    expect(go('cfo', 'ArrowDown', 'LR')).toBe('cto');
  });
});
