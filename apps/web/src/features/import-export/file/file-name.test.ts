import { describe, expect, it } from 'vitest';
import { exportFileName, localDate, slugify } from './file-name.js';

describe('slugify', () => {
  it.each([
    ['Acme A/S', 'acme-a-s'],
    ['Økonomi & Co.', 'oekonomi-co'],
    ['Blåbær Æbler ApS', 'blaabaer-aebler-aps'],
    ['Crème Brûlée B.V.', 'creme-brulee-b-v'],
    ['  --Hello   World--  ', 'hello-world'],
    ['../../etc/passwd', 'etc-passwd'],
    ['日本', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('keeps file names short', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('exportFileName', () => {
  const date = new Date(2025, 2, 4, 23, 30);

  it('combines the company name and the local date', () => {
    expect(localDate(date)).toBe('2025-03-04');
    expect(exportFileName('Acme A/S', date, 'json')).toBe('acme-a-s-org-chart-2025-03-04.json');
  });

  it('falls back to a generic name without a usable company name', () => {
    expect(exportFileName(undefined, date, 'csv')).toBe('org-chart-2025-03-04.csv');
    expect(exportFileName('***', date, 'png')).toBe('org-chart-2025-03-04.png');
  });
});
