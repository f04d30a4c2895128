import type { Chart, DottedLine, Position } from '../chart/schema.js';
import type { RoleId } from '../roles/role-ids.js';
import type { ChartDiff, DottedLineChange, ManagerRef } from './chart-diff.js';
import { EffectiveFields } from './effective-fields.js';
import { duplicateIds, MatchedIds, type Side } from './match-ids.js';

/**
 * How `after` differs from `before` (docs/compare.md). Positions are matched by id, the first
 * position with an id standing for it, as everywhere in the domain; a position whose id changed is
 * removed and added. A manager is the position its `reportsTo` names in the same chart, or none
 * when it is at the top or names no position there. Linear in the size of both charts, without
 * recursion: it never walks the tree, so cycles and unknown managers need no special care.
 */
export function diffCharts(before: Chart, after: Chart): ChartDiff {
  const ids = new MatchedIds(before.positions, after.positions);
  const fields = new EffectiveFields();
  const diff: ChartDiff = {
    added: [],
    removed: [],
    moved: [],
    retitled: [],
    reroled: [],
    holderChanged: [],
    vacancyChanged: [],
    interimChanged: [],
    dottedLinesAdded: [],
    dottedLinesRemoved: [],
    unchanged: 0,
    duplicateIds: {
      before: duplicateIds(before.positions, (i) => ids.isFirstBefore(i)),
      after: duplicateIds(after.positions, (j) => ids.isFirstAfter(j)),
    },
  };

  const context: Context = { diff, fields, ids, before, after };
  for (let j = 0; j < after.positions.length; j++) {
    if (!ids.isFirstAfter(j)) continue;
    const i = ids.beforeOfAfter(j);
    if (i === -1) {
      const position = after.positions[j]!;
      diff.added.push({
        kind: 'added',
        id: position.id,
        beforeTitle: null,
        afterTitle: position.title,
        manager: managerRef(after, position.reportsTo, managerIndex(ids, position, 'after')),
      });
    } else if (!diffPosition(context, before.positions[i]!, after.positions[j]!)) {
      diff.unchanged++;
    }
  }

  for (let i = 0; i < before.positions.length; i++) {
    if (!ids.isFirstBefore(i) || ids.afterOfBefore(i) !== -1) continue;
    const position = before.positions[i]!;
    diff.removed.push({
      kind: 'removed',
      id: position.id,
      beforeTitle: position.title,
      afterTitle: null,
      manager: managerRef(before, position.reportsTo, managerIndex(ids, position, 'before')),
    });
  }

  diff.dottedLinesAdded = linesOnlyIn(ids, after, before, 'after', 'dotted-line-added');
  diff.dottedLinesRemoved = linesOnlyIn(ids, before, after, 'before', 'dotted-line-removed');
  return diff;
}

/** Index of the position's manager in the chart of `side`, or -1 when it has none there. */
function managerIndex(ids: MatchedIds, position: Position, side: Side): number {
  const id = position.reportsTo;
  return id === undefined || id === null ? -1 : ids.indexOf(id, side);
}

function managerRef(chart: Chart, reportsTo: string | null | undefined, index: number): ManagerRef {
  return index === -1
    ? { id: null, title: null }
    : { id: reportsTo!, title: chart.positions[index]!.title };
}

interface Context {
  diff: ChartDiff;
  fields: EffectiveFields;
  ids: MatchedIds;
  before: Chart;
  after: Chart;
}

/** Adds the changes of a position found in both charts; whether it changed at all. */
function diffPosition(context: Context, was: Position, now: Position): boolean {
  const { diff, fields, ids } = context;
  // One lookup answers for both charts when the line is drawn to the same id, the usual case.
  const slot =
    now.reportsTo === undefined || now.reportsTo === null ? -1 : ids.slotOf(now.reportsTo);
  const newManager = ids.indexAt(slot, 'after');
  const oldManager =
    was.reportsTo === now.reportsTo
      ? ids.indexAt(slot, 'before')
      : managerIndex(ids, was, 'before');
  const moved =
    (oldManager === -1 ? null : was.reportsTo) !== (newManager === -1 ? null : now.reportsTo);

  const sameTitle = was.title === now.title;
  // Effective roles can only differ when the title or the explicit roles do; checking that first
  // spares recognising the title of every unchanged position.
  let oldRoles: readonly RoleId[] | undefined;
  let newRoles: readonly RoleId[] | undefined;
  if (!sameTitle || !sameList(was.roles, now.roles)) {
    oldRoles = fields.roles(was);
    newRoles = fields.roles(now);
    if (sameSet(oldRoles, newRoles)) oldRoles = newRoles = undefined;
  }
  const oldHolder = holderOf(was);
  const newHolder = holderOf(now);
  const oldVacant = was.vacant === true;
  const newVacant = now.vacant === true;
  let oldInterim = false;
  let newInterim = false;
  if (!sameTitle || was.interim !== now.interim) {
    oldInterim = fields.interim(was);
    newInterim = fields.interim(now);
  }

  const changed =
    moved ||
    !sameTitle ||
    oldRoles !== undefined ||
    oldHolder !== newHolder ||
    oldVacant !== newVacant ||
    oldInterim !== newInterim;
  if (!changed) return false;

  const base = { id: now.id, beforeTitle: was.title, afterTitle: now.title };
  if (moved) {
    diff.moved.push({
      kind: 'moved',
      ...base,
      before: managerRef(context.before, was.reportsTo, oldManager),
      after: managerRef(context.after, now.reportsTo, newManager),
    });
  }
  if (!sameTitle) {
    diff.retitled.push({ kind: 'retitled', ...base, before: was.title, after: now.title });
  }
  if (oldRoles !== undefined && newRoles !== undefined) {
    diff.reroled.push({
      kind: 'reroled',
      ...base,
      before: distinct(oldRoles),
      after: distinct(newRoles),
    });
  }
  if (oldHolder !== newHolder) {
    diff.holderChanged.push({
      kind: 'holder-changed',
      ...base,
      before: oldHolder,
      after: newHolder,
    });
  }
  if (oldVacant !== newVacant) {
    diff.vacancyChanged.push({
      kind: 'vacancy-changed',
      ...base,
      before: oldVacant,
      after: newVacant,
    });
  }
  if (oldInterim !== newInterim) {
    diff.interimChanged.push({
      kind: 'interim-changed',
      ...base,
      before: oldInterim,
      after: newInterim,
    });
  }
  return true;
}

/** The person in the position; a blank name (a cleared form field) is no holder. */
function holderOf(position: Position): string | null {
  const holder = position.holder;
  return typeof holder === 'string' && holder.trim() !== '' ? holder : null;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Role lists hold a handful of roles at most, so `includes` beats building sets. */
function sameSet(a: readonly RoleId[], b: readonly RoleId[]): boolean {
  return a.every((role) => b.includes(role)) && b.every((role) => a.includes(role));
}

function distinct(roles: readonly RoleId[]): RoleId[] {
  return [...new Set(roles)];
}

/**
 * The dotted lines of `chart` (the `side` one) that `other` does not draw, each once (a line drawn
 * twice is one line), in chart order, with the titles of their ends in `chart`.
 */
function linesOnlyIn(
  ids: MatchedIds,
  chart: Chart,
  other: Chart,
  side: Side,
  kind: DottedLineChange['kind'],
): DottedLineChange[] {
  const lines = chart.dottedLines ?? [];
  if (lines.length === 0) return [];
  const otherKeys = new Set((other.dottedLines ?? []).map(lineKey));
  const seen = new Set<string>();
  const result: DottedLineChange[] = [];
  for (const line of lines) {
    const key = lineKey(line);
    if (otherKeys.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push({
      kind,
      from: line.from,
      to: line.to,
      fromTitle: titleOf(ids, chart, line.from, side),
      toTitle: titleOf(ids, chart, line.to, side),
    });
  }
  return result;
}

/** Ids may hold any character, so the pair is encoded as JSON rather than joined by a separator. */
function lineKey(line: DottedLine): string {
  return JSON.stringify([line.from, line.to]);
}

function titleOf(ids: MatchedIds, chart: Chart, id: string, side: Side): string | null {
  const index = ids.indexOf(id, side);
  return index === -1 ? null : chart.positions[index]!.title;
}

/** Whether the charts compare equal: no position or dotted line added, removed or changed. */
export function isEmptyDiff(diff: ChartDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.moved.length === 0 &&
    diff.retitled.length === 0 &&
    diff.reroled.length === 0 &&
    diff.holderChanged.length === 0 &&
    diff.vacancyChanged.length === 0 &&
    diff.interimChanged.length === 0 &&
    diff.dottedLinesAdded.length === 0 &&
    diff.dottedLinesRemoved.length === 0
  );
}
