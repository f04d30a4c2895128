import { describe, expect, it } from 'vitest';
import { parseBooleanCell } from './parse-boolean.js';

describe('parseBooleanCell', () => {
  it.each(['yes', 'Yes', ' TRUE ', '1', 'ja', 'Ja', 'SAND', 'WAAR', 'x'])('%s is yes', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: true });
  });

  it.each(['no', 'No', 'false', '0', 'nej', 'Nee', 'FALSK', 'ONWAAR'])('%s is no', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: false });
  });

  it('reads a blank cell as not said', () => {
    expect(parseBooleanCell('  ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything else, quoting it', () => {
    const result = parseBooleanCell('maybe');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^"maybe" is not yes or no; write yes\/no/);
    const long = parseBooleanCell('z'.repeat(1000));
    expect(long.ok || long.message.length < 200).toBe(true);
  });
});
