import type { Chart } from '@orgwise/domain';
import { localDate, serializeChart, slugify } from '@orgwise/formats';
import { downloadBlob } from '../ui/download-blob.js';

/**
 * Offers a chart as a JSON file ("option-a-your-version-2026-11-23.json") that the editor's Import
 * reads back, so a version the user chose to discard is never really lost.
 */
export function downloadChart(chart: Chart, name: string): void {
  const stem = slugify(name) || 'org-chart';
  downloadBlob(
    new Blob([serializeChart(chart)], { type: 'application/json' }),
    `${stem}-your-version-${localDate(new Date())}.json`,
  );
}
