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
    const inPlace = inPlaceOps(before.positions, after.positions);
    // Field operations say an edit in place exactly: nothing is left to mend.
    if (inPlace !== undefined && before.dottedLines === after.dottedLines)
      return [...ops, ...inPlace];
    const positions = inPlace ?? positionOps(before, after.positions);
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

/** At most this many positions edited in place take the fast way (see inPlaceOps). */
const IN_PLACE_LIMIT = 16;

/**
 * The usual edit (typing, a move, a role) changes a few positions in place: same ids in the same
 * places. Said without indexing the whole chart, since this runs on every keystroke of a chart of
 * 10,000 positions. Undefined when the edit is not of that kind.
 */
function inPlaceOps(before: readonly Position[], after: readonly Position[]) {
  if (before.length !== after.length) return undefined;
  const changed: Position[] = [];
  for (let i = 0; i < after.length; i++) {
    const next = after[i]!;
    if (before[i] === next) continue;
    if (before[i]!.id !== next.id || changed.length === IN_PLACE_LIMIT) return undefined;
    changed.push(next);
  }
  const has = (id: string) => after.some((p) => p.id === id);
  const ops: PatchOp[] = [];
  for (const next of changed) {
    // Operations name positions by id: with an id used twice, the second cannot be named.
    if (after.filter((p) => p.id === next.id).length > 1) return undefined;
    const old = before.find((p) => p.id === next.id)!;
    if (!sameJson(old, next))
      ops.push(...(fieldOps(old, next, has) ?? [{ op: 'replacePosition', position: next }]));
  }
  return ops;
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
    ops.push(
      ...(fieldOps(old, position, (id) => now.has(id)) ?? [{ op: 'replacePosition', position }]),
    );
  }
  return ops;
}

/** Field operations that turn `old` into `next`, or undefined when a field has none. */
function fieldOps(
  old: Position,
  next: Position,
  exists: (id: string) => boolean,
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
        if (next.reportsTo !== null && !exists(next.reportsTo)) return undefined;
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
