import { validate } from '@orgwise/domain';
import { orgChart } from '@orgwise/domain/testing';
import { comparisonCsv, comparisonCsvHeader } from '@orgwise/formats';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { changeMarks } from './change-badge.js';
import type { ComparedOption } from './compared-option.js';
import { compareOptions } from './option-comparison.js';

function option(key: string, name: string, outline: string): ComparedOption {
  const chart = orgChart(outline);
  return { key, name, description: '', chart, report: validate(chart) };
}

const today = option(
  'a',
  'Today',
  `
  ceo: CEO
    cio: CIO
      cto: CTO
      ciso: CISO
`,
);
const optionB = option(
  'b',
  'Option B',
  `
  ceo: CEO
    cto: CTO
    ciso: =HYPERLINK("x")
    coo: COO
`,
);

describe('compareOptions', () => {
  const [base, b] = compareOptions(today, [optionB]);

  test('the baseline has no diff; the option gets diff, marks and the delta sentence', () => {
    expect(base!.isBaseline).toBe(true);
    expect(base!.diff).toBeNull();
    expect(b!.diff!.removed.map((c) => c.id)).toEqual(['cio']);
    expect(changeMarks(b!.changes.get('coo'))).toEqual(['added']);
    expect(changeMarks(b!.changes.get('cto'))).toEqual(['moved']);
    expect(changeMarks(b!.changes.get('ciso'))).toEqual(['moved', 'retitled', 'reroled']);
    expect(changeMarks(b!.changes.get('ceo'))).toEqual([]);
    expect(b!.deltaSummary).toMatch(/^Option B /);
    expect(b!.scorecard.positions).toBe(4);
    expect(base!.scorecard.layers).toBe(3);
  });

  test('each chart is focused on what changed: the option where it lands, the baseline where it was', () => {
    expect([...b!.focus].sort()).toEqual(['ceo', 'ciso', 'coo', 'cto']);
    expect([...base!.focus].sort()).toEqual(['ceo', 'cio', 'ciso', 'cto']);
  });

  test('the CSV has a row per change, formulae neutralised', () => {
    const csv = comparisonCsv(compareOptions(today, [optionB]));
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([...comparisonCsvHeader]);
    const changes = rows.slice(1).map((row) => [row[0], row[2], row[3]]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['Option B', 'Added', 'coo'],
        ['Option B', 'Removed', 'cio'],
        ['Option B', 'Moved', 'cto'],
        ['Option B', 'Retitled', 'ciso'],
      ]),
    );
    expect(rows.every((row) => row[1] === 'Today' || row === rows[0])).toBe(true);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  test('comparing only the baseline gives no rows', () => {
    expect(comparisonCsv(compareOptions(today, [])).trim()).toBe(comparisonCsvHeader.join(','));
  });
});
