import type { Chart, ValidationReport } from '@orgwise/domain';

/** A chart file that was read and validated: what every output format works from. */
export interface CheckedFile {
  /** The file as the user named it. */
  file: string;
  /** The chart's JSON text, for pointing findings at lines; none for an imported document. */
  text?: string;
  chart: Chart;
  report: ValidationReport;
}

/** Title of each id in the chart; the first position wins for a duplicated id, as in the engine. */
export function titlesById(chart: Chart): Map<string, string> {
  const titles = new Map<string, string>();
  for (const position of chart.positions) {
    if (!titles.has(position.id)) titles.set(position.id, position.title);
  }
  return titles;
}
