import type { Chart, PatchOp } from '@orgwise/domain';
import { patchBetween } from '../document/patch-between.js';
import type { ScenarioChanges } from './save-changes.js';

/** What goes in the save request: the changes, with the chart as a patch where one says it. */
export type ScenarioSave =
  | ScenarioChanges
  | (Omit<ScenarioChanges, 'chart'> & { patch: PatchOp[] });

/**
 * The chart of each option as the server holds it at a version, so that a save can send what
 * changed since (a patch, the API's `patch` member) instead of the whole chart: an edit of a
 * 1,000-position option is then a few hundred bytes, not a few hundred kilobytes (BENCHMARKS.md,
 * "Saving an edit"). The charts are the editor's own objects, which share their untouched
 * positions, so finding what changed costs a comparison of references.
 */
export class SavedCharts {
  readonly #charts = new Map<string, { version: number; chart: Chart }>();

  remember(optionId: string, version: number, chart: Chart): void {
    this.#charts.set(optionId, { version, chart });
  }

  /** The chart the server holds at `version`, when it is the one remembered. */
  chartAt(optionId: string, version: number): Chart | undefined {
    const saved = this.#charts.get(optionId);
    return saved?.version === version ? saved.chart : undefined;
  }

  forget(optionId: string): void {
    this.#charts.delete(optionId);
  }

  /**
   * The request body for these changes based on `version`: the chart as a patch when the chart
   * saved at that version is known and a patch can say the change. Otherwise the whole chart
   * goes, as it always may: after a conflict ("keep mine" is based on their version, whose chart
   * the editor has not seen), or when the change reorders positions or edits a field of the chart
   * itself, which no patch operation does (see patchBetween).
   */
  asPatch(optionId: string, version: number, changes: ScenarioChanges): ScenarioSave {
    const { chart, ...rest } = changes;
    const saved = this.#charts.get(optionId);
    if (chart === undefined || saved === undefined || saved.version !== version) return changes;
    const patch = patchBetween(saved.chart, chart);
    return patch === undefined ? changes : { ...rest, patch };
  }
}
