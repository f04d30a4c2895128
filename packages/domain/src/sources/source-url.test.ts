import { describe, expect, it } from 'vitest';
import { externalSources } from './catalogue.js';
import { cite } from './cite.js';
import { sourceUrl } from './source-url.js';

describe('sourceUrl', () => {
  it('finds the address of a cited source by the title a finding prints', () => {
    const [title] = cite(['EXT:4']);
    expect(sourceUrl(title!)).toBe(externalSources['EXT:4'].url);
  });

  it('has no address for sources without one, nor for titles it does not know', () => {
    const [seed] = cite(['SEED:001']);
    expect(sourceUrl(seed!)).toBeUndefined();
    expect(sourceUrl('Some blog')).toBeUndefined();
  });
});
