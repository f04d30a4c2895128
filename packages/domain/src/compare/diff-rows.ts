import { getRole } from '../roles/catalogue.js';
import type { RoleId } from '../roles/role-ids.js';
import type { ChartDiff, DottedLineChange, ManagerRef, PositionChangeKind } from './chart-diff.js';

export type DiffRowChange = PositionChangeKind | DottedLineChange['kind'];

/**
 * One line of a comparison export: every field a plain string, so that a CSV writer or a table
 * takes it as it is. `title` is the position's title in the second chart (the first chart's for a
 * removed position); `before` and `after` are what changed, in words (empty where there is no
 * such side: an added position has no `before`).
 */
export interface DiffRow {
  change: DiffRowChange;
  id: string;
  title: string;
  before: string;
  after: string;
}

/**
 * The diff as rows, grouped by change in the order added, removed, moved, retitled, reroled,
 * holder, vacancy, interim, dotted lines added and removed; a position with several changes has a
 * row for each. Values are worded for a reader of the spreadsheet, not for a program: programs
 * read the diff itself.
 */
export function diffRows(diff: ChartDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const c of diff.added) {
    rows.push(row(c.kind, c.id, c.afterTitle, '', reportsTo(c.manager)));
  }
  for (const c of diff.removed) {
    rows.push(row(c.kind, c.id, c.beforeTitle, reportsTo(c.manager), ''));
  }
  for (const c of diff.moved) {
    rows.push(row(c.kind, c.id, c.afterTitle, reportsTo(c.before), reportsTo(c.after)));
  }
  for (const c of diff.retitled) rows.push(row(c.kind, c.id, c.afterTitle, c.before, c.after));
  for (const c of diff.reroled) {
    rows.push(row(c.kind, c.id, c.afterTitle, roleNames(c.before), roleNames(c.after)));
  }
  for (const c of diff.holderChanged) {
    rows.push(row(c.kind, c.id, c.afterTitle, holder(c.before), holder(c.after)));
  }
  for (const c of diff.vacancyChanged) {
    rows.push(row(c.kind, c.id, c.afterTitle, vacancy(c.before), vacancy(c.after)));
  }
  for (const c of diff.interimChanged) {
    rows.push(row(c.kind, c.id, c.afterTitle, interim(c.before), interim(c.after)));
  }
  for (const line of diff.dottedLinesAdded) {
    rows.push(row(line.kind, line.from, line.fromTitle ?? '', '', dottedLineTo(line)));
  }
  for (const line of diff.dottedLinesRemoved) {
    rows.push(row(line.kind, line.from, line.fromTitle ?? '', dottedLineTo(line), ''));
  }
  return rows;
}

function row(change: DiffRowChange, id: string, title: string, before: string, after: string) {
  return { change, id, title, before, after };
}

/** A position as a reader finds it again: its title with its id, or the id alone when untitled. */
function named(id: string, title: string | null): string {
  const text = title?.trim() ?? '';
  return text === '' ? id : `${text} (${id})`;
}

function reportsTo(manager: ManagerRef): string {
  return manager.id === null ? 'no manager' : `reports to ${named(manager.id, manager.title)}`;
}

function roleNames(roles: readonly RoleId[]): string {
  return roles.length === 0
    ? 'no recognised role'
    : roles.map((role) => getRole(role).shortName).join(', ');
}

function holder(name: string | null): string {
  return name ?? 'no holder';
}

function vacancy(vacant: boolean): string {
  return vacant ? 'vacant' : 'filled';
}

function interim(isInterim: boolean): string {
  return isInterim ? 'interim' : 'permanent';
}

function dottedLineTo(line: DottedLineChange): string {
  return `dotted line to ${named(line.to, line.toTitle)}`;
}
