import { describe, expect, it } from 'vitest';
import { parseRolesCell } from './parse-roles.js';

describe('parseRolesCell', () => {
  it('reads role ids, names and short names with any separator', () => {
    expect(parseRolesCell('cio, cto')).toEqual({ ok: true, roles: ['cio', 'cto'] });
    expect(parseRolesCell('CIO/CTO')).toEqual({ ok: true, roles: ['cio', 'cto'] });
    expect(parseRolesCell('general counsel; Chief Financial Officer')).toEqual({
      ok: true,
      roles: ['general-counsel', 'cfo'],
    });
    expect(parseRolesCell('vp-engineering|it-manager+cio+cio')).toEqual({
      ok: true,
      roles: ['vp-engineering', 'it-manager', 'cio'],
    });
  });

  it('tells blank (recognise from the title) from none (no role)', () => {
    expect(parseRolesCell(' ')).toEqual({ ok: true, roles: undefined });
    expect(parseRolesCell('None')).toEqual({ ok: true, roles: [] });
  });

  it('names every unknown role', () => {
    const result = parseRolesCell('cio, king, __proto__');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^"king", "__proto__" are not roles; use role ids \(board, ceo/);
    const one = parseRolesCell('toString');
    expect(one.ok).toBe(false);
  });
});
