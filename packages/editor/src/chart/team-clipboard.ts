import type { Chart, DottedLine, PatchOp, Position } from '@orgwise/domain';
import { indexChart } from './chart-index.js';
import { uniqueId } from './unique-id.js';

/**
 * A copied position with its whole team, as plain chart data. Copying takes the team because a
 * consultant copies "the IT department" to sketch a second business unit; a single box is a team
 * of one. The root's manager is dropped: pasting decides where the copy goes.
 */
export interface TeamClipboard {
  /** The copied positions, managers before their reports; the first is the team's head. */
  positions: Position[];
  /** Dotted lines with both ends inside the team. */
  dottedLines: DottedLine[];
}

export function copyTeam(chart: Chart, positionId: string): TeamClipboard | undefined {
  const index = indexChart(chart);
  const head = index.byId.get(positionId);
  if (head === undefined) return undefined;
  const positions: Position[] = [];
  const inTeam = new Set<string>();
  // Breadth-first with an explicit queue: a team can be thousands of levels deep.
  const queue: Position[] = [head];
  for (let i = 0; i < queue.length; i++) {
    const position = queue[i]!;
    if (inTeam.has(position.id)) continue; // a reporting loop or a duplicate id
    inTeam.add(position.id);
    positions.push(position);
    for (const report of index.reportsOf(position.id)) queue.push(report);
  }
  const { reportsTo: _dropped, ...root } = positions[0]!;
  positions[0] = root;
  const dottedLines = (chart.dottedLines ?? []).filter(
    (line) => inTeam.has(line.from) && inTeam.has(line.to),
  );
  return { positions, dottedLines };
}

/**
 * The patch that pastes a copied team under `managerId` (or as a new top when null). Every pasted
 * position gets a fresh id, readable and derived from its title, so the original and the copy can
 * live side by side; reporting and dotted lines inside the team follow the new ids.
 */
export function pasteTeamPatch(
  chart: Chart,
  clipboard: TeamClipboard,
  managerId: string | null,
): { patch: PatchOp[]; headId: string } {
  const taken = new Set(chart.positions.map((position) => position.id));
  const renamed = new Map<string, string>();
  for (const position of clipboard.positions) {
    if (renamed.has(position.id)) continue;
    const id = uniqueId(position.title, taken);
    taken.add(id);
    renamed.set(position.id, id);
  }
  const patch: PatchOp[] = [];
  for (const [i, position] of clipboard.positions.entries()) {
    const reportsTo = i === 0 ? managerId : (renamed.get(position.reportsTo ?? '') ?? managerId);
    const copy: Position = { ...position, id: renamed.get(position.id)! };
    if (reportsTo === null) delete copy.reportsTo;
    else copy.reportsTo = reportsTo;
    patch.push({ op: 'addPosition', position: copy });
  }
  for (const line of clipboard.dottedLines) {
    patch.push({ op: 'addDottedLine', from: renamed.get(line.from)!, to: renamed.get(line.to)! });
  }
  return { patch, headId: renamed.get(clipboard.positions[0]!.id)! };
}
