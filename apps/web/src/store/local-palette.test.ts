import { paletteEntries } from '@orgwise/editor';
import { describe, expect, it } from 'vitest';
import { localPaletteEntries } from './local-palette.js';

describe('localPaletteEntries', () => {
  it('keeps English as the editor package writes it', () => {
    expect(localPaletteEntries('en')).toEqual(paletteEntries);
  });

  it('names and titles the entries in Danish and Dutch, keeping keys and roles', () => {
    const danish = localPaletteEntries('da');
    const dutch = localPaletteEntries('nl');
    expect(danish.map((entry) => [entry.key, entry.role])).toEqual(
      paletteEntries.map((entry) => [entry.key, entry.role]),
    );
    expect(danish.find((entry) => entry.key === 'general-counsel')?.title).toBe('Chefjurist');
    expect(dutch.find((entry) => entry.key === 'position')?.title).toBe('Nieuwe functie');
    expect(dutch.find((entry) => entry.key === 'ceo')).toMatchObject({
      label: 'CEO',
      title: 'CEO',
      hint: 'Algemeen directeur, bestuursvoorzitter',
    });
  });
});
