import { describe, expect, it } from 'vitest';
import { parseOptionsJson, splitSetting } from './rule-setting-form.js';

describe('rule setting form', () => {
  it('splits every shape of setting', () => {
    expect(splitSetting(undefined)).toEqual({ level: undefined, options: undefined });
    expect(splitSetting('off')).toEqual({ level: 'off', options: undefined });
    expect(splitSetting(['warning'])).toEqual({ level: 'warning', options: undefined });
    expect(splitSetting(['error', { max: 8 }])).toEqual({ level: 'error', options: { max: 8 } });
  });

  it('reads options JSON and explains syntax errors with line and column', () => {
    expect(parseOptionsJson('{"max": 8}')).toEqual({ ok: true, options: { max: 8 } });
    expect(parseOptionsJson('  ')).toEqual({ ok: true, options: undefined });
    const broken = parseOptionsJson('{\n "max": 8,\n}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/not valid JSON \(line 3, column 1\)/);
    expect(parseOptionsJson('[8]')).toEqual({
      ok: false,
      message: expect.stringMatching(/must be a JSON object/),
    });
    expect(parseOptionsJson('null')).toMatchObject({ ok: false });
  });
});
