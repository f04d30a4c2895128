import { describe, expect, it } from 'vitest';
import type { ValidationSummary } from '../engine/types.js';
import { describeFindingDelta } from './describe-finding-delta.js';

function delta(resolved: Partial<ValidationSummary>, introduced: Partial<ValidationSummary>) {
  const zero = { errors: 0, warnings: 0, infos: 0 };
  return {
    summary: {
      resolved: { ...zero, ...resolved },
      introduced: { ...zero, ...introduced },
      unchanged: 0,
    },
  };
}

describe('describeFindingDelta', () => {
  it.each([
    [{ warnings: 2 }, { infos: 1 }, 'Option B resolves 2 warnings and introduces 1 info'],
    [{ errors: 1 }, {}, 'Option B resolves 1 error'],
    [{}, { infos: 3 }, 'Option B introduces 3 infos'],
    [{ errors: 1, warnings: 2, infos: 1 }, {}, 'Option B resolves 1 error, 2 warnings and 1 info'],
    [
      { warnings: 1, infos: 1 },
      { errors: 2 },
      'Option B resolves 1 warning and 1 info, and introduces 2 errors',
    ],
    [
      { infos: 1 },
      { warnings: 1, infos: 1 },
      'Option B resolves 1 info and introduces 1 warning and 1 info',
    ],
    [{}, {}, 'Option B: no change in findings'],
  ])('says %o resolved and %o introduced in words', (resolved, introduced, sentence) => {
    expect(describeFindingDelta(delta(resolved, introduced), 'Option B')).toBe(sentence);
  });

  it('starts with the verb without a subject, or with a blank one', () => {
    expect(describeFindingDelta(delta({ warnings: 1 }, {}))).toBe('Resolves 1 warning');
    expect(describeFindingDelta(delta({}, { errors: 1 }), '  ')).toBe('Introduces 1 error');
    expect(describeFindingDelta(delta({}, {}))).toBe('No change in findings');
  });

  it('trims the subject', () => {
    expect(describeFindingDelta(delta({}, { infos: 1 }), ' Option A ')).toBe(
      'Option A introduces 1 info',
    );
  });

  it.each([
    ['da', { warnings: 2 }, { infos: 1 }, 'Mulighed B løser 2 advarsler og medfører 1 bemærkning'],
    ['da', { errors: 1, warnings: 1 }, {}, 'Mulighed B løser 1 fejl og 1 advarsel'],
    ['da', {}, {}, 'Mulighed B: ingen ændring i fundene'],
    [
      'nl',
      { warnings: 1, infos: 2 },
      { errors: 3 },
      'Optie B lost 1 waarschuwing en 2 opmerkingen op, en leidt tot 3 fouten',
    ],
    ['nl', {}, { infos: 1 }, 'Optie B leidt tot 1 opmerking'],
  ] as const)('in %s: %o resolved and %o introduced', (locale, resolved, introduced, sentence) => {
    const subject = locale === 'da' ? 'Mulighed B' : 'Optie B';
    expect(describeFindingDelta(delta(resolved, introduced), subject, locale)).toBe(sentence);
  });

  it('in Danish and Dutch, starts with the verb without a subject', () => {
    expect(describeFindingDelta(delta({ warnings: 1 }, {}), undefined, 'da')).toBe(
      'Løser 1 advarsel',
    );
    expect(describeFindingDelta(delta({}, {}), '', 'nl')).toBe(
      'Geen verandering in de bevindingen',
    );
  });
});
