import {
  applyPatch,
  type Chart,
  type DottedLine,
  PatchError,
  type PatchOp,
  type Position,
} from '@orgwise/domain';
import { sameJson } from '../json/same-json.js';
import { sameDottedLines } from './same-chart.js';

// The patch that turns one chart into another, as tldraw's RecordsDiff turns one store into
// another: the editor computes it when an edit is made (its inverse is the undo step) and when
// saving (what changed since the saved revision). Untouched positions are the same objects in both
// charts (applyPatch shares them), so comparing is linear and cheap.
//
// The patch is made of the smallest operations that say the change, field by field where a field
// has one (a title edit is an `updatePosition` of the title alone), so that two people's changes to
// different fields of one position merge. Where no field operation says it (a field removed, an
// extra field of an HR export, a manager that does not exist), the position's whole record is
// replaced.

/**
 * Operations that turn `before` into `after` (positions, company and dotted lines equal; the order
 * of dotted lines may differ), or undefined when no patch can say it: the charts differ in a
 * top-level field other than those three, an id is used twice, positions both charts hold are in
 * another order, or it removes so many positions of a large chart that applying it would be slow.
 */
export function patchBetween(before: Chart, after: Chart): PatchOp[] | undefined {
  if (before === after) return [];
  if (!sameOtherFields(before, after)) return undefined;
  const ops: PatchOp[] = [];
  const company = companyOps(before.company, after.company);
  if (company === undefined) return undefined;
  ops.push(...company);
  if (before.positions !== after.positions) {
    const positions = positionOps(before, after.positions);
    if (positions === undefined) return undefined;
    ops.push(...positions);
  }
  return completed(before, after, ops);
}

const documentFields = new Set(['positions', 'company', 'dottedLines']);

function sameOtherFields(before: Chart, after: Chart): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (documentFields.has(key)) continue;
    if (!sameJson(before[key], after[key])) return false;
  }
  return true;
}

function companyOps(before: Chart['company'], after: Chart['company']): PatchOp[] | undefined {
  if (before === after || sameJson(before, after)) return [];
  // A company left without fields is removed by updateCompany; an empty one cannot be made.
  if (after !== undefined && Object.keys(after).length === 0) return undefined;
  const changes: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const value = after?.[key];
    if (!sameJson(before?.[key], value)) changes[key] = value === undefined ? null : value;
  }
  return [{ op: 'updateCompany', changes }];
}

/** Removals times positions above which a patch is not worth applying (see positionOps). */
const REMOVAL_BUDGET = 2_000_000;

function byId(positions: readonly Position[]): Map<string, Position> | undefined {
  const map = new Map<string, Position>();
  for (const position of positions) {
    // Operations name positions by id: with an id used twice, the second cannot be named.
    if (map.has(position.id)) return undefined;
    map.set(position.id, position);
  }
  return map;
}

function positionOps(chart: Chart, after: readonly Position[]) {
  const before = chart.positions;
  const was = byId(before);
  const now = byId(after);
  if (was === undefined || now === undefined) return undefined;
  const kept = before.filter((p) => now.has(p.id)).map((p) => p.id);
  const stays = after.filter((p) => was.has(p.id)).map((p) => p.id);
  // No operation reorders positions, and none of the editor's edits do.
  if (kept.some((id, i) => stays[i] !== id)) return undefined;

  // Each removal walks the chart (its reports move up), so removing most of a large chart costs
  // time quadratic in its size: seconds for 10,000 positions. Such a change (an import replacing
  // the chart, or its undo) is then not said as a patch; the whole chart says it as cheaply.
  const removed = before.length - kept.length;
  if (removed * before.length > REMOVAL_BUDGET) return undefined;
  const ops: PatchOp[] = [];
  for (const position of before) {
    if (!now.has(position.id)) ops.push({ op: 'removePosition', positionId: position.id });
  }
  const present = new Set(kept);
  for (const [at, position] of after.entries()) {
    if (was.has(position.id)) continue;
    const manager = position.reportsTo;
    if (manager == null || present.has(manager)) {
      ops.push({ op: 'addPosition', position, at });
    } else {
      // Its manager comes later in the list (or not at all): `completed` sets it afterwards.
      const { reportsTo: _later, ...rest } = position;
      ops.push({ op: 'addPosition', position: rest, at });
    }
    present.add(position.id);
  }
  // Fields are compared after the removals, which move reports up as the edit did.
  const moved = ops.length === 0 ? was : byId(applyPatch(chart, ops).positions)!;
  for (const position of after) {
    const old = was.has(position.id) ? moved.get(position.id) : undefined;
    if (old === undefined || old === position || sameJson(old, position)) continue;
    ops.push(...(fieldOps(old, position, now) ?? [{ op: 'replacePosition', position }]));
  }
  return ops;
}

/** Field operations that turn `old` into `next`, or undefined when a field has none. */
function fieldOps(
  old: Position,
  next: Position,
  ids: ReadonlyMap<string, Position>,
): PatchOp[] | undefined {
  const ops: PatchOp[] = [];
  const changes: Extract<PatchOp, { op: 'updatePosition' }>['changes'] = {};
  const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
  for (const key of keys) {
    const value = next[key];
    if (sameJson(old[key], value)) continue;
    switch (key) {
      case 'title':
        changes.title = next.title;
        break;
      case 'holder':
        if (value === undefined) return undefined;
        changes.holder = next.holder ?? null;
        break;
      case 'vacant':
      case 'interim':
        if (typeof value !== 'boolean') return undefined;
        changes[key] = value;
        break;
      case 'scope':
        changes.scope = next.scope ?? null;
        break;
      case 'roles':
        if (next.roles === undefined) ops.push({ op: 'resetRoles', positionId: next.id });
        else if (new Set(next.roles).size === next.roles.length)
          ops.push({ op: 'setRoles', positionId: next.id, roles: next.roles });
        else return undefined;
        break;
      case 'reportsTo':
        // null and absent both mean "at the top", but only null is what setReportsTo writes.
        if (next.reportsTo === undefined) return undefined;
        if (next.reportsTo !== null && !ids.has(next.reportsTo)) return undefined;
        ops.push({ op: 'setReportsTo', positionId: next.id, reportsTo: next.reportsTo });
        break;
      default:
        return undefined;
    }
  }
  if (Object.keys(changes).length > 0)
    ops.unshift({ op: 'updatePosition', positionId: next.id, changes });
  return ops;
}

/**
 * Applies the operations, then mends what they could not say exactly: positions that removing
 * another one handed to a new manager, positions added before their manager, dotted lines that
 * removals dropped. Undefined when the result still differs (a dotted line to a missing position).
 */
function completed(before: Chart, after: Chart, ops: PatchOp[]): PatchOp[] | undefined {
  let result: Chart;
  try {
    result = applyPatch(before, ops);
    const mends: PatchOp[] = [];
    for (const [at, position] of after.positions.entries()) {
      const made = result.positions[at];
      if (made !== position && !sameJson(made, position))
        mends.push({ op: 'replacePosition', position });
    }
    mends.push(...dottedLineOps(result.dottedLines ?? [], after.dottedLines ?? []));
    if (mends.length > 0) {
      result = applyPatch(result, mends);
      ops.push(...mends);
    }
  } catch (error) {
    if (error instanceof PatchError) return undefined;
    throw error;
  }
  // No dotted lines and an empty list say the same; removing the last line leaves the list.
  return sameDottedLines(result.dottedLines ?? [], after.dottedLines ?? []) ? ops : undefined;
}

const lineKey = (line: DottedLine) => `${line.from}\u0000${line.to}`;

function dottedLineOps(from: readonly DottedLine[], to: readonly DottedLine[]): PatchOp[] {
  const want = new Set(to.map(lineKey));
  const have = new Set(from.map(lineKey));
  const ops: PatchOp[] = [];
  for (const line of from) {
    if (!want.has(lineKey(line)) && have.delete(lineKey(line)))
      ops.push({ op: 'removeDottedLine', from: line.from, to: line.to });
  }
  for (const line of to) {
    if (have.has(lineKey(line))) continue;
    have.add(lineKey(line));
    ops.push({ op: 'addDottedLine', from: line.from, to: line.to });
  }
  return ops;
}
