import type { RoleId } from '../roles/role-ids.js';

// The shape of a comparison of two charts (docs/compare.md). Plain JSON data throughout (arrays,
// objects, strings, booleans and null), so that the API can send a diff as it is and a client can
// store it; the per-position lookup the UI needs is derived from it by indexDiff.

/**
 * A position's manager as one chart draws it: the manager's id and title, or both null when the
 * position has no manager in that chart (it is at the top, or its `reportsTo` names no position).
 */
export interface ManagerRef {
  id: string | null;
  title: string | null;
}

/**
 * What every change of a position carries: its id and its titles for display. `beforeTitle` is
 * null for an added position, `afterTitle` for a removed one.
 */
interface PositionChangeBase {
  id: string;
  beforeTitle: string | null;
  afterTitle: string | null;
}

/** A change of one field of a position that is in both charts: its value before and after. */
interface FieldChange<Kind extends string, Value> extends PositionChangeBase {
  kind: Kind;
  beforeTitle: string;
  afterTitle: string;
  before: Value;
  after: Value;
}

/** In the second chart only; `manager` is where it was put. */
export interface PositionAdded extends PositionChangeBase {
  kind: 'added';
  beforeTitle: null;
  afterTitle: string;
  manager: ManagerRef;
}

/** In the first chart only; `manager` is where it was. */
export interface PositionRemoved extends PositionChangeBase {
  kind: 'removed';
  beforeTitle: string;
  afterTitle: null;
  manager: ManagerRef;
}

/** Has a different manager: another position, or none where it had one, or the other way round. */
export type PositionMoved = FieldChange<'moved', ManagerRef>;
/** The title text changed (compared exactly, as typed). */
export type PositionRetitled = FieldChange<'retitled', string>;
/** The effective roles changed (explicit `roles`, else recognised from the title), as a set. */
export type PositionReroled = FieldChange<'reroled', RoleId[]>;
/** Another person holds it, or it has a holder where it had none, or none where it had one. */
export type HolderChanged = FieldChange<'holder-changed', string | null>;
/** Became vacant (`after: true`) or was filled (`after: false`). */
export type VacancyChanged = FieldChange<'vacancy-changed', boolean>;
/** Became interim (`after: true`) or permanent (`after: false`), explicitly or by its title. */
export type InterimChanged = FieldChange<'interim-changed', boolean>;

/** Any change of a position, told apart by `kind`. */
export type PositionChange =
  | PositionAdded
  | PositionRemoved
  | PositionMoved
  | PositionRetitled
  | PositionReroled
  | HolderChanged
  | VacancyChanged
  | InterimChanged;

export type PositionChangeKind = PositionChange['kind'];

/**
 * A dotted line drawn in one chart and not the other, with the titles of its ends in the chart
 * that draws it (null for an end that names no position there).
 */
export interface DottedLineChange {
  kind: 'dotted-line-added' | 'dotted-line-removed';
  from: string;
  to: string;
  fromTitle: string | null;
  toTitle: string | null;
}

/**
 * How the second chart differs from the first. Position lists are in chart order: `removed` in the
 * first chart's, every other list in the second chart's. A position in both charts appears in
 * every list whose field changed (a CTO moved and retitled is in `moved` and in `retitled`).
 */
export interface ChartDiff {
  added: PositionAdded[];
  removed: PositionRemoved[];
  moved: PositionMoved[];
  retitled: PositionRetitled[];
  reroled: PositionReroled[];
  holderChanged: HolderChanged[];
  vacancyChanged: VacancyChanged[];
  interimChanged: InterimChanged[];
  dottedLinesAdded: DottedLineChange[];
  dottedLinesRemoved: DottedLineChange[];
  /** Positions in both charts with none of the changes above. */
  unchanged: number;
  /**
   * Ids used by more than one position, in each chart, in the order the clashes appear. Only the
   * first position with an id takes part in the comparison; the duplicate-id rule reports the rest.
   */
  duplicateIds: { before: string[]; after: string[] };
}
