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

  const chart = (extension: string) => ({ subject: 'chart', extension }) as const;

  it('combines the company name and the local date', () => {
    expect(localDate(date)).toBe('2025-03-04');
    expect(exportFileName(chart('json'), 'Acme A/S', date)).toBe(
      'acme-a-s-org-chart-2025-03-04.json',
    );
  });

  it('falls back to a generic name without a usable company name', () => {
    expect(exportFileName(chart('csv'), undefined, date)).toBe('org-chart-2025-03-04.csv');
    expect(exportFileName(chart('png'), '***', date)).toBe('org-chart-2025-03-04.png');
  });

  it('names comparisons and decks the same way, after the workspace', () => {
    const workspace = 'Nordic Retail: Group / 2025';
    expect(exportFileName({ subject: 'comparison', extension: 'csv' }, workspace, date)).toBe(
      'nordic-retail-group-2025-comparison-2025-03-04.csv',
    );
    expect(exportFileName({ subject: 'deck', extension: 'pptx' }, workspace, date)).toBe(
      'nordic-retail-group-2025-restructuring-options-2025-03-04.pptx',
    );
    expect(exportFileName({ subject: 'deck', extension: 'pdf' }, '', date)).toBe(
      'restructuring-options-2025-03-04.pdf',
    );
  });
});
