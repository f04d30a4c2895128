import type { Chart, Position } from '@orgwise/domain';

/**
 * Lookups over a chart's positions that the editor's actions need: the first position with each id
 * (the one `reportsTo` and patches resolve to, as in the domain) and each id's direct reports.
 * Built in one linear pass.
 */
export interface ChartIndex {
  byId: ReadonlyMap<string, Position>;
  reportsOf(id: string): readonly Position[];
}

export function indexChart(chart: Chart): ChartIndex {
  const byId = new Map<string, Position>();
  const reports = new Map<string, Position[]>();
  for (const position of chart.positions) {
    if (!byId.has(position.id)) byId.set(position.id, position);
  }
  for (const position of chart.positions) {
    const manager = position.reportsTo;
    if (manager === undefined || manager === null) continue;
    // A duplicate of an id is a position of its own but not the one reports resolve to; it is
    // still somebody's report.
    const list = reports.get(manager);
    if (list === undefined) reports.set(manager, [position]);
    else list.push(position);
  }
  return { byId, reportsOf: (id) => reports.get(id) ?? [] };
}

/** The display name of a position in messages: its title, or its id when the title is blank. */
export function labelOf(position: Position | undefined, fallbackId: string): string {
  const title = position?.title.trim();
  return title ? `“${title}”` : `“${fallbackId}”`;
}
