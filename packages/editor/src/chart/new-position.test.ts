import { recognizeTitle } from '@orgwise/domain';
import { describe, expect, it } from 'vitest';
import { newPosition } from './new-position.js';
import { paletteEntries } from './palette-entries.js';

describe('newPosition', () => {
  it('leaves roles to title recognition when the palette title is recognised', () => {
    const chart = { positions: [{ id: 'ceo', title: 'CEO' }] };
    const position = newPosition(chart, { title: 'CTO', role: 'cto' }, 'ceo');
    expect(position).toEqual({ id: 'cto', title: 'CTO', reportsTo: 'ceo' });
  });

  it('sets roles explicitly when the title would not say them', () => {
    const position = newPosition(
      { positions: [] },
      { title: 'Head of Platform', role: 'cto' },
      null,
    );
    expect(position.roles).toEqual(['cto']);
    expect(position).not.toHaveProperty('reportsTo');
  });

  it('gives a unique id', () => {
    const chart = { positions: [{ id: 'ceo', title: 'CEO' }] };
    expect(newPosition(chart, { title: 'CEO', role: 'ceo' }, null).id).toBe('ceo-2');
  });

  it('starts every palette role with a title recognised as that role', () => {
    for (const entry of paletteEntries) {
      expect(recognizeTitle(entry.title).roles, entry.title).toEqual(
        entry.role === null ? [] : [entry.role],
      );
    }
  });
});
