import { effectiveRoles } from '../roles/effective-roles.js';
import { recognizeTitle } from '../roles/recognize-title.js';
import type { RoleId } from '../roles/role-ids.js';
import { PatchError } from './patch-error.js';
import type { PatchOp } from './patch-schema.js';
import type { Chart, Company, DottedLine, Position } from './schema.js';

/**
 * Applies patch operations in order and returns a new chart; the input is never mutated, and
 * positions an operation does not touch are shared with the input. An operation always targets the
 * first position with the given id (the same one `validate` resolves managers to).
 *
 * Removing or merging never builds a loop the chart did not have: a report that is on the way up
 * from the new manager to the removed position (say `reassignTo` is one of its own reports) takes
 * the removed position's manager instead, a kept position below the removed one takes the removed
 * one's place, and nobody is left reporting to itself or to a position that is gone.
 *
 * Throws PatchError when an operation cannot apply: it names a position that does not exist, adds
 * an id that is taken, or merges a position with itself. A patch may create a cycle or another
 * structural problem; those are findings of `validate`, not patch errors.
 */
export function applyPatch(chart: Chart, patch: readonly PatchOp[]): Chart {
  const draft = new Draft(chart);
  for (const [index, op] of patch.entries()) draft.apply(op, index);
  return draft.result();
}

class Draft {
  private positions: Position[];
  private dottedLines: DottedLine[] | undefined;
  private company: Company | undefined;
  private indexById: Map<string, number> | undefined;

  constructor(private readonly chart: Chart) {
    this.positions = chart.positions.slice();
    this.dottedLines = chart.dottedLines?.slice();
    this.company = chart.company;
  }

  result(): Chart {
    const next: Chart = { ...this.chart, positions: this.positions };
    if (this.company !== this.chart.company) {
      if (this.company === undefined) delete next.company;
      else next.company = this.company;
    }
    if (this.dottedLines !== undefined) next.dottedLines = this.dottedLines;
    return next;
  }

  apply(op: PatchOp, opIndex: number): void {
    switch (op.op) {
      case 'setReportsTo': {
        const at = this.require(op.positionId, opIndex, 'positionId');
        if (op.reportsTo !== null) this.require(op.reportsTo, opIndex, 'reportsTo');
        this.update(at, { reportsTo: op.reportsTo });
        return;
      }
      case 'setRoles': {
        const at = this.require(op.positionId, opIndex, 'positionId');
        this.update(at, { roles: [...new Set(op.roles)] });
        return;
      }
      case 'updatePosition': {
        const at = this.require(op.positionId, opIndex, 'positionId');
        const { scope, ...rest } = op.changes;
        const changes: Partial<Position> = Object.fromEntries(
          Object.entries(rest).filter(([, value]) => value !== undefined),
        );
        if (scope !== undefined && scope !== null) changes.scope = scope;
        this.update(at, changes);
        // A null scope goes back to "read from the title and the chart".
        if (scope === null) {
          const { scope: _dropped, ...position } = this.positions[at]!;
          this.positions[at] = position;
        }
        return;
      }
      case 'addPosition': {
        if (this.find(op.position.id) !== undefined) {
          throw new PatchError(
            opIndex,
            'position',
            `A position with id "${op.position.id}" already exists`,
            ['id'],
          );
        }
        const manager = op.position.reportsTo;
        if (manager !== undefined && manager !== null && this.find(manager) === undefined) {
          throw new PatchError(opIndex, 'position', `No position has id "${manager}"`, [
            'reportsTo',
          ]);
        }
        if (op.at === undefined || op.at >= this.positions.length) {
          this.positions.push({ ...op.position });
          this.indexById?.set(op.position.id, this.positions.length - 1);
        } else {
          this.positions.splice(op.at, 0, { ...op.position });
          this.indexById = undefined;
        }
        return;
      }
      case 'removePosition': {
        const at = this.require(op.positionId, opIndex, 'positionId');
        const removed = this.positions[at]!;
        if (op.reassignTo === removed.id) {
          throw new PatchError(opIndex, 'reassignTo', 'A position cannot be reassigned to itself');
        }
        if (op.reassignTo !== undefined && op.reassignTo !== null) {
          this.require(op.reassignTo, opIndex, 'reassignTo');
        }
        const manager = this.managerAbove(removed);
        const target = op.reassignTo === undefined ? manager : op.reassignTo;
        this.moveReports(removed.id, target, manager);
        this.remove(at);
        this.rewriteDottedLines(removed.id, undefined);
        return;
      }
      case 'mergePositions': {
        if (op.keepId === op.removeId) {
          throw new PatchError(opIndex, 'removeId', 'A position cannot be merged with itself');
        }
        const keepAt = this.require(op.keepId, opIndex, 'keepId');
        const removeAt = this.require(op.removeId, opIndex, 'removeId');
        const keep = this.positions[keepAt]!;
        const removed = this.positions[removeAt]!;
        const changes: Partial<Position> = {};
        const title = op.title ?? keep.title;
        if (op.title !== undefined) changes.title = op.title;
        const roles = union(effectiveRoles(keep), effectiveRoles(removed));
        // Roles the title already says stay implicit, so that a later retitle is still recognised.
        if (keep.roles !== undefined || !sameRoles(recognizeTitle(title).roles, roles)) {
          changes.roles = roles;
        }
        // A kept position below the removed one takes its place; under its own team it would loop.
        const manager = this.managerAbove(removed);
        if (this.reportOnPath(keep.id, removed.id) !== undefined) {
          changes.reportsTo = manager === keep.id ? null : manager;
        }
        this.update(keepAt, changes);
        this.moveReports(removed.id, keep.id, manager);
        this.remove(removeAt);
        this.rewriteDottedLines(removed.id, keep.id);
        return;
      }
      case 'addDottedLine': {
        this.require(op.from, opIndex, 'from');
        this.require(op.to, opIndex, 'to');
        if (op.from === op.to)
          throw new PatchError(opIndex, 'to', 'A dotted line cannot connect a position to itself');
        const lines = this.dottedLines ?? [];
        if (!lines.some((line) => line.from === op.from && line.to === op.to)) {
          this.dottedLines = [...lines, { from: op.from, to: op.to }];
        }
        return;
      }
      case 'removeDottedLine': {
        const lines = this.dottedLines ?? [];
        const kept = lines.filter((line) => line.from !== op.from || line.to !== op.to);
        if (kept.length === lines.length) {
          throw new PatchError(
            opIndex,
            'to',
            `No dotted line runs from "${op.from}" to "${op.to}"`,
          );
        }
        this.dottedLines = kept;
        return;
      }
      case 'resetRoles': {
        const at = this.require(op.positionId, opIndex, 'positionId');
        const { roles: _dropped, ...position } = this.positions[at]!;
        this.positions[at] = position;
        return;
      }
      case 'replacePosition': {
        const at = this.require(op.position.id, opIndex, 'position');
        this.positions[at] = { ...op.position };
        return;
      }
      case 'updateCompany': {
        const company: Record<string, unknown> = { ...this.company };
        for (const [field, value] of Object.entries(op.changes)) {
          if (value === null) delete company[field];
          else if (value !== undefined) company[field] = value;
        }
        this.company = Object.keys(company).length === 0 ? undefined : (company as Company);
        return;
      }
      default: {
        // Unreachable for typed callers; JavaScript callers and stale clients get a clear error.
        const unknown: { op?: unknown } = op;
        throw new PatchError(
          opIndex,
          'op',
          `Unknown patch operation ${JSON.stringify(unknown.op)}`,
        );
      }
    }
  }

  /** The manager a removed position hands its team to: its own, unless it reports to itself. */
  private managerAbove(position: Position): string | null {
    const manager = position.reportsTo ?? null;
    return manager === position.id ? null : manager;
  }

  /**
   * The id of the direct report of `ancestorId` on the way up from `fromId` (`fromId` itself when
   * it reports there directly), or undefined when the way up does not pass `ancestorId`. Walks the
   * draft's managers once, stopping at a loop.
   */
  private reportOnPath(fromId: string, ancestorId: string): string | undefined {
    const seen = new Set<string>();
    let id: string | undefined = fromId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const at = this.find(id);
      if (at === undefined) return undefined;
      const manager = this.positions[at]!.reportsTo;
      if (manager === ancestorId) return id;
      id = manager ?? undefined;
    }
    return undefined;
  }

  /**
   * Moves every direct report of `fromId` under `toId`. The one on the way up from `toId` (or `toId`
   * itself) would close a loop under its own team, so it goes to `fallback` instead.
   */
  private moveReports(fromId: string, toId: string | null, fallback: string | null): void {
    const branch = toId === null ? undefined : this.reportOnPath(toId, fromId);
    this.positions.forEach((position, at) => {
      if (position.reportsTo !== fromId) return;
      const manager = position.id === branch ? fallback : toId;
      // The fallback is the position itself when it and the removed one reported to each other.
      this.update(at, { reportsTo: manager === position.id ? null : manager });
    });
  }

  /**
   * Re-points dotted lines from a removed position to `toId`, or drops them when there is none. A
   * re-pointed line that would join a position to itself, repeat another line or repeat a solid
   * line (a report of the kept position with a dotted line to it) is dropped: it says nothing new.
   */
  private rewriteDottedLines(fromId: string, toId: string | undefined): void {
    if (this.dottedLines === undefined) return;
    const seen = new Set<string>();
    const next: DottedLine[] = [];
    for (const line of this.dottedLines) {
      const touched = line.from === fromId || line.to === fromId;
      if (!touched) {
        seen.add(`${line.from}\u0000${line.to}`);
        next.push(line);
      }
    }
    if (toId !== undefined) {
      for (const line of this.dottedLines) {
        if (line.from !== fromId && line.to !== fromId) continue;
        const moved = {
          ...line,
          from: line.from === fromId ? toId : line.from,
          to: line.to === fromId ? toId : line.to,
        };
        const key = `${moved.from}\u0000${moved.to}`;
        if (moved.from === moved.to || seen.has(key) || this.reportsTo(moved.from, moved.to))
          continue;
        seen.add(key);
        next.push(moved);
      }
    }
    this.dottedLines = next;
  }

  private reportsTo(id: string, managerId: string): boolean {
    const at = this.find(id);
    return at !== undefined && this.positions[at]!.reportsTo === managerId;
  }

  private update(at: number, changes: Partial<Position>): void {
    this.positions[at] = { ...this.positions[at]!, ...changes };
  }

  private remove(at: number): void {
    this.positions.splice(at, 1);
    this.indexById = undefined;
  }

  private find(id: string): number | undefined {
    if (this.indexById === undefined) {
      this.indexById = new Map();
      for (let i = this.positions.length - 1; i >= 0; i--)
        this.indexById.set(this.positions[i]!.id, i);
    }
    return this.indexById.get(id);
  }

  private require(id: string, opIndex: number, field: string): number {
    const at = this.find(id);
    if (at === undefined) throw new PatchError(opIndex, field, `No position has id "${id}"`);
    return at;
  }
}

function union(a: readonly RoleId[], b: readonly RoleId[]): RoleId[] {
  return [...new Set([...a, ...b])];
}

function sameRoles(a: readonly RoleId[], b: readonly RoleId[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((role) => set.has(role));
}
