import { describe, expect, it } from 'vitest';
import { slug, uniqueId } from './unique-id.js';

describe('uniqueId', () => {
  it('derives a readable id from the title', () => {
    expect(uniqueId('VP, Engineering', new Set())).toBe('vp-engineering');
    expect(slug('Økonomidirektør')).toBe('okonomidirektor');
    expect(slug('Directeur Informatiemanagement (a.i.)')).toBe(
      'directeur-informatiemanagement-a-i',
    );
  });

  it('numbers an id that is taken', () => {
    expect(uniqueId('CTO', new Set(['cto', 'cto-2']))).toBe('cto-3');
  });

  it('falls back to "position" for a title without letters or digits', () => {
    expect(uniqueId('★★★', new Set())).toBe('position');
  });
});
