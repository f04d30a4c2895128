import { describe, expect, it } from 'vitest';
import {
  type EvidenceId,
  externalSources,
  modelSources,
  seedClaims,
  seedSources,
} from './catalogue.js';
import { cite } from './cite.js';

describe('cite', () => {
  it('prints the title of every kind of evidence', () => {
    expect(cite(['SEED:003'])).toEqual(['Businessgids.nl: CIO betekenis']);
    expect(cite(['EXT:4'])).toEqual([externalSources['EXT:4'].title]);
    expect(cite(['MODEL:chart'])).toEqual([modelSources['MODEL:chart'].title]);
  });

  it('cites a seed claim by the seed documents it comes from', () => {
    expect(cite(['S-R1'])).toEqual(['Investopedia: Chief Technology Officer (CTO)']);
    expect(cite(['S-F1'])).toEqual([seedSources['SEED:000'].title, seedSources['SEED:001'].title]);
  });

  it('keeps the order and drops repeats', () => {
    expect(cite(['EXT:4', 'S-R1', 'SEED:001', 'S-R2', 'EXT:4'])).toEqual([
      externalSources['EXT:4'].title,
      'Investopedia: Chief Technology Officer (CTO)',
    ]);
    expect(cite([])).toEqual([]);
  });

  it('resolves every id of the catalogue to a non-empty title', () => {
    const every = [
      ...Object.keys(seedClaims),
      ...Object.keys(seedSources),
      ...Object.keys(externalSources),
      ...Object.keys(modelSources),
    ] as EvidenceId[];
    for (const id of every) {
      const [title] = cite([id]);
      expect(title, id).toMatch(/\S/);
    }
  });

  it('refuses an id the catalogue does not hold, inherited names included', () => {
    expect(() => cite(['EXT:999' as EvidenceId])).toThrow('Unknown evidence id "EXT:999"');
    expect(() => cite(['toString' as EvidenceId])).toThrow('Unknown evidence id "toString"');
  });
});
