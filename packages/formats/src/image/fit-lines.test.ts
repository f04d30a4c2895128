import { describe, expect, it } from 'vitest';
import { fitLines } from './fit-lines.js';

/** Every character 1 px wide at any size: line widths are character counts. */
const count = (text: string) => [...text].length;

describe('fitLines', () => {
  it('breaks at spaces and keeps what fits on one line whole', () => {
    expect(fitLines('Chief Technology Officer', 16, 2, 14, true, count)).toEqual([
      'Chief Technology',
      'Officer',
    ]);
    expect(fitLines('CTO', 16, 2, 14, true, count)).toEqual(['CTO']);
  });

  it('splits a word wider than the line where the line is full, not elsewhere', () => {
    expect(fitLines('Informationssikkerhedschef', 16, 2, 14, true, count)).toEqual([
      'Informationssikk',
      'erhedschef',
    ]);
  });

  it('breaks after hyphens and slashes without adding spaces', () => {
    expect(fitLines('CIO/CTO Fjord-Nordic', 10, 3, 14, true, count)).toEqual([
      'CIO/CTO',
      'Fjord-',
      'Nordic',
    ]);
    expect(fitLines('CIO/CTO Fjord-Nordic', 10, 2, 14, true, count)).toEqual([
      'CIO/CTO',
      'Fjord-Nor…',
    ]);
  });

  it('ends the last line in an ellipsis when the text does not fit', () => {
    const lines = fitLines('Head of Group Finance and Business Control', 16, 2, 14, true, count);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Head of Group');
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(count(lines[1]!)).toBeLessThanOrEqual(16);
  });

  it('gives no lines for empty text', () => {
    expect(fitLines('   ', 16, 2, 14, true, count)).toEqual([]);
  });
});
