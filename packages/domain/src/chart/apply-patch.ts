import { effectiveRoles } from '../roles/effective-roles.js';
import { PatchError } from './patch-error.js';
import type { PatchOp } from './patch-schema.js';
import type { Chart, DottedLine, Position } from './schema.js';

/**
 * Applies patch operations in order and returns a new chart; the input is never mutated, and
 * positions an operation does not touch are shared with the input. An operation always targets the
 * first position with the given id (the same one `validate` resolves managers to).
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
  private indexById: Map<string, number> | undefined;

  constructor(private readonly chart: Chart) {
    this.positions = chart.positions.slice();
    this.dottedLines = chart.dottedLines?.slice();
  }

  result(): Chart {
    const next: Chart = { ...this.chart, positions: this.positions };
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
        const changes = Object.fromEntries(
          Object.entries(op.changes).filter(([, value]) => value !== undefined),
        );
        this.update(at, changes);
        return;
      }
      case 'addPosition': {
        if (this.find(op.position.id) !== undefined) {
          throw new PatchError(
            opIndex,
            'position',
            `A position with id "${op.position.id}" already exists`,
          );
        }
        const manager = op.position.reportsTo;
        if (manager !== undefined && manager !== null) this.require(manager, opIndex, 'position');
        this.positions.push({ ...op.position });
        this.indexById?.set(op.position.id, this.positions.length - 1);
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
        const target = op.reassignTo === undefined ? (removed.reportsTo ?? null) : op.reassignTo;
        this.moveReports(removed.id, target, removed.reportsTo ?? null);
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
        const roles = [...new Set([...effectiveRoles(keep), ...effectiveRoles(removed)])];
        const changes: Partial<Position> = { roles };
        if (op.title !== undefined) changes.title = op.title;
        if (keep.reportsTo === removed.id) changes.reportsTo = removed.reportsTo ?? null;
        this.update(keepAt, changes);
        this.moveReports(removed.id, keep.id, removed.reportsTo ?? null);
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
    }
  }

  /** Moves every direct report of `fromId` under `toId`; one that would report to itself goes to `fallback`. */
  private moveReports(fromId: string, toId: string | null, fallback: string | null): void {
    this.positions.forEach((position, at) => {
      if (position.reportsTo !== fromId) return;
      this.update(at, { reportsTo: position.id === toId ? fallback : toId });
    });
  }

  /** Re-points dotted lines from a removed position to `toId`, or drops them when there is none. */
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
        if (moved.from === moved.to || seen.has(key)) continue;
        seen.add(key);
        next.push(moved);
      }
    }
    this.dottedLines = next;
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
