import { readFileSync } from 'node:fs';
import type { Chart } from '@orgwise/domain';
import type { ImportIssue } from '../directory/import-issue.js';
import type { Format } from '../format.js';
import { importSource } from '../import/import-source.js';

/** A document of packages/formats/fixtures, as bytes. */
export function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** Reads bytes with a format and expects a chart. */
export async function importChart(
  format: Format<'chart'>,
  bytes: Uint8Array | string,
): Promise<{ chart: Chart; issues: ImportIssue[] }> {
  if (format.read === undefined) throw new Error(`${format.id} does not import`);
  const source = importSource(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  const imported = await format.read.read(source);
  if (imported.kind !== 'chart')
    throw new Error(`expected a chart, got ${JSON.stringify(imported)}`);
  return { chart: imported.chart, issues: imported.issues ?? [] };
}

/** Every position's manager, by id: what a reporting line test compares. */
export function reportingLines(chart: Chart): Record<string, string | null> {
  return Object.fromEntries(
    chart.positions.map((position) => [position.id, position.reportsTo ?? null]),
  );
}
