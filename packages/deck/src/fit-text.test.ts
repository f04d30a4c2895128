import { describe, expect, it } from 'vitest';
import { ELLIPSIS, ellipsize, fitText } from './fit-text.js';
import { createHelveticaMeasure, type MeasureText } from './text-measure.js';

// Every character half an em wide: widths are easy to reason about in the assertions.
const mono: MeasureText = (text, size) => Array.from(text).length * size * 0.5;
const helvetica = createHelveticaMeasure();

describe('fitText', () => {
  it('breaks at spaces into lines that fit', () => {
    // 10 pt → 5 pt per character; 60 pt holds 12 characters.
    const lines = fitText('Chief Information Security Officer', {
      width: 60,
      size: 10,
      maxLines: 4,
      measure: mono,
    });
    expect(lines).toEqual(['Chief', 'Information', 'Security', 'Officer']);
  });

  it('packs words onto a line while they fit', () => {
    const lines = fitText('VP of Sales and Marketing', {
      width: 60,
      size: 10,
      maxLines: 3,
      measure: mono,
    });
    expect(lines).toEqual(['VP of Sales', 'and', 'Marketing']);
  });

  it('ends the last line with an ellipsis when the text goes on', () => {
    const lines = fitText('Chief Information Security Officer', {
      width: 60,
      size: 10,
      maxLines: 2,
      measure: mono,
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Chief');
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(mono(lines[1]!, 10, false)).toBeLessThanOrEqual(60);
    expect(lines[1]!.startsWith('Informati')).toBe(true);
  });

  it('breaks a word longer than the line instead of letting it overflow', () => {
    const lines = fitText('Donaudampfschifffahrtsgesellschaftskapitän', {
      width: 50,
      size: 10,
      maxLines: 3,
      measure: mono,
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Donaudampf');
    expect(lines[1]).toBe('schifffahr');
    for (const line of lines) expect(mono(line, 10, false)).toBeLessThanOrEqual(50);
    expect(lines[2]!.endsWith(ELLIPSIS)).toBe(true);
  });

  it('gives no lines for empty text, no room or no lines allowed', () => {
    expect(fitText('', { width: 100, size: 10, maxLines: 2, measure: mono })).toEqual([]);
    expect(fitText('CEO', { width: 0, size: 10, maxLines: 2, measure: mono })).toEqual([]);
    expect(fitText('CEO', { width: 100, size: 10, maxLines: 0, measure: mono })).toEqual([]);
  });

  it('ellipsises a very long title within the width, with real Helvetica metrics', () => {
    const title = `Head of ${'Global Strategic Transformation '.repeat(40)}`.trim();
    const width = 120;
    const lines = fitText(title, { width, size: 9, bold: true, maxLines: 2, measure: helvetica });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(helvetica(line, 9, true)).toBeLessThanOrEqual(width);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
  });

  it('measures a line’s worth of a 200,000-character title, never all of it', () => {
    let longest = 0;
    const spy: MeasureText = (text, size, bold) => {
      longest = Math.max(longest, text.length);
      return helvetica(text, size, bold);
    };
    const lines = fitText('x'.repeat(200_000), { width: 100, size: 8, maxLines: 2, measure: spy });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith(ELLIPSIS)).toBe(true);
    expect(longest).toBeLessThan(200);
  });

  it('never splits an emoji or accented letter in half', () => {
    const lines = fitText('👩‍💼👩‍💼👩‍💼👩‍💼👩‍💼 Ærøskøbing', {
      width: 30,
      size: 10,
      maxLines: 3,
      measure: mono,
    });
    for (const line of lines) expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('ellipsize', () => {
  it('keeps text that fits', () => {
    expect(ellipsize('Chief Executive Officer', { width: 500, size: 10, measure: mono })).toBe(
      'Chief Executive Officer',
    );
  });

  it('cuts text that does not fit as late as the width allows', () => {
    // 40 pt holds 8 characters of 5 pt, the ellipsis included.
    expect(ellipsize('Chief Executive Officer', { width: 40, size: 10, measure: mono })).toBe(
      `Chief E${ELLIPSIS}`,
    );
  });

  it('leaves no space before the ellipsis', () => {
    expect(ellipsize('Chief Executive Officer', { width: 35, size: 10, measure: mono })).toBe(
      `Chief${ELLIPSIS}`,
    );
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(ellipsize('Chief', { width: 2, size: 10, measure: mono })).toBe('');
  });
});
