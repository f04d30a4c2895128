import { describe, expect, it } from 'vitest';
import { severityCount, severityWord } from './severity-word.js';

describe('severity words', () => {
  it('names each severity in each language', () => {
    expect(['error', 'warning', 'info'].map((s) => severityWord(s as 'error'))).toEqual([
      'error',
      'warning',
      'info',
    ]);
    expect(severityWord('warning', 'da')).toBe('advarsel');
    expect(severityWord('info', 'da')).toBe('bemærkning');
    expect(severityWord('error', 'nl')).toBe('fout');
    expect(severityWord('info', 'nl')).toBe('opmerking');
  });

  it('counts with each language’s plurals and numbers', () => {
    expect(severityCount('info', 1200)).toBe('1,200 infos');
    expect(severityCount('error', 2, 'da')).toBe('2 fejl');
    expect(severityCount('warning', 2, 'da')).toBe('2 advarsler');
    expect(severityCount('warning', 1, 'nl')).toBe('1 waarschuwing');
    expect(severityCount('info', 1200, 'nl')).toBe('1.200 opmerkingen');
  });
});
