import type { Chart } from '@orgwise/domain';
import { downloadBlob } from '../../ui/download-blob.js';
import { localDate, slugify } from '../import-export/file/file-name.js';
import { serializeChart } from '../import-export/json/chart-json.js';

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
