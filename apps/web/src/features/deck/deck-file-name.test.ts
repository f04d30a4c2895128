import { describe, expect, it } from 'vitest';
import { deckFileName } from './deck-file-name.js';

const DAY = new Date(2025, 2, 7);

describe('deckFileName', () => {
  it('names the file after the workspace and the day', () => {
    expect(deckFileName('Nordic Retail Group', DAY, 'pptx')).toBe(
      'Nordic Retail Group - Restructuring options - 2025-03-07.pptx',
    );
    expect(deckFileName('Nordic Retail Group', DAY, 'pdf')).toBe(
      'Nordic Retail Group - Restructuring options - 2025-03-07.pdf',
    );
  });

  it('leaves out what operating systems refuse in file names', () => {
    expect(deckFileName('R&D: <EMEA>/APAC? "2025"\n', DAY, 'pdf')).toBe(
      'R&D EMEA APAC 2025 - Restructuring options - 2025-03-07.pdf',
    );
  });

  it('shortens a very long name and never starts with a dot', () => {
    const name = deckFileName(`...${'Holding '.repeat(50)}`, DAY, 'pptx');
    expect(name.startsWith('Holding')).toBe(true);
    expect(name.length).toBeLessThan(130);
    expect(name.endsWith(' - Restructuring options - 2025-03-07.pptx')).toBe(true);
  });

  it('still gives a name when the workspace has none', () => {
    expect(deckFileName('  ..  ', DAY, 'pptx')).toBe('Restructuring options - 2025-03-07.pptx');
  });
});
