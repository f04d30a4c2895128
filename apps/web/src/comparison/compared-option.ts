import type { Chart, ValidationReport } from '@orgwise/domain';

/**
 * One option as the compare and present views show it: its chart and that chart's report under
 * the workspace's rule settings. The editor builds these from the saved options (its own chart
 * for the one being edited); a share link's page from what the link opens.
 */
export interface ComparedOption {
  /** Stable within a view: the scenario id, or the place in the shared list. */
  key: string;
  name: string;
  description: string;
  chart: Chart;
  report: ValidationReport;
}
