import { describe, expect, it } from 'vitest';
import { parseHeadcount } from './parse-headcount.js';

describe('parseHeadcount', () => {
  it('reads whole numbers, with thousands separators', () => {
    expect(parseHeadcount('120')).toEqual({ ok: true, value: 120 });
    expect(parseHeadcount('2,400')).toEqual({ ok: true, value: 2400 });
    expect(parseHeadcount('2 400')).toEqual({ ok: true, value: 2400 });
    expect(parseHeadcount('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses what is not a headcount, saying what to enter', () => {
    expect(parseHeadcount('-5')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/whole number/),
    });
    expect(parseHeadcount('forty')).toMatchObject({ ok: false });
    expect(parseHeadcount('1e3')).toMatchObject({ ok: false });
    expect(parseHeadcount('99999999999999999999')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });
});
