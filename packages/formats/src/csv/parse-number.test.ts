import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './parse-number.js';

describe('parseNumberCell', () => {
  it.each([
    ['0.8', 0.8],
    ['0,8', 0.8],
    ['1', 1],
    ['650000', 650_000],
    ['650,000', 650_000],
    ['650.000', 650_000],
    ['650 000', 650_000],
    ['1.234.567', 1_234_567],
    ['1.234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['kr. 650.000', 650_000],
    ['€ 72.500', 72_500],
    ['80%', 0.8],
    ['0,125', 0.125],
  ])('reads %s as %d', (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ ok: true, value });
  });

  it('refuses what is not a number, with the cell', () => {
    expect(parseNumberCell('full time')).toEqual({
      ok: false,
      message: "'full time' is not a number; write it as 0.8 or 650000",
    });
  });
});
