import type { Locale } from '../i18n/locales.js';
import { type InputIssue, toInputIssues } from './input-issue.js';
import {
  type Chart,
  chartSchema,
  companySchema,
  type dottedLineSchema,
  positionIdSchema,
  type positionSchema,
  roleIdSchema,
} from './schema.js';

export type ParseChartResult = { ok: true; chart: Chart } | { ok: false; issues: InputIssue[] };

/**
 * Checks that `input` has the shape of a chart document. Never throws: every malformed part is an
 * issue with its exact path. Semantic problems (cycles, unknown managers, duplicate ids) are left to
 * `validate`, so that the user gets all of them in one report.
 *
 * The zod schema decides. Most inputs are well-formed, though, and zod copies every position: for
 * 100,000 positions that costs more than JSON.parse of them. So a quick check goes first (about a
 * tenth of JSON.parse), and when it finds the input exactly as the schema wants it (plain objects,
 * every known field of the right type) the input is the chart, not a copy of it. Anything it is
 * not sure about goes to zod, which returns its issues or its own copy: the check may send a valid
 * chart to zod, never let an invalid one through (the property tests compare the two). The chart
 * returned may therefore be the very object passed in: treat both as read-only, as `validate` and
 * `applyPatch` do.
 *
 * The issues' messages are in `locale` (English by default); their paths never change.
 */
export function parseChart(
  input: unknown,
  { locale = 'en' }: { locale?: Locale } = {},
): ParseChartResult {
  if (isWellFormedChart(input)) return { ok: true, chart: input };
  // With the input on each issue, a missing member can be told from one of the wrong type.
  const result = chartSchema.safeParse(input, { reportInput: locale !== 'en' });
  return result.success
    ? { ok: true, chart: result.data }
    : { ok: false, issues: toInputIssues(result.error, [], locale) };
}

// The quick check reads exactly these fields. If the schemas gain or lose one, the `satisfies`
// lines stop compiling until the check learns it.
type Same<A, B> = [A, B] extends [B, A] ? true : never;
type PositionField =
  | 'id'
  | 'title'
  | 'roles'
  | 'reportsTo'
  | 'holder'
  | 'vacant'
  | 'interim'
  | 'scope';
true satisfies Same<keyof typeof positionSchema.shape, PositionField>;
true satisfies Same<keyof typeof dottedLineSchema.shape, 'from' | 'to'>;
true satisfies Same<
  keyof typeof chartSchema.shape,
  'version' | 'company' | 'positions' | 'dottedLines'
>;

const roleIds: ReadonlySet<unknown> = new Set(roleIdSchema.options);
const idMin = positionIdSchema.minLength ?? 0;
const idMax = positionIdSchema.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * zod counts an id's length in code points, which lie between half the UTF-16 length and all of
 * it; an id in between the two readings (long, with emoji) is left to zod.
 */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= idMax && (value.length + 1) >> 1 >= idMin;
}

/**
 * An object zod would copy field for field: its prototype is Object's (or none), and it has no own
 * `__proto__` key, which zod drops.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) && !Object.hasOwn(value, '__proto__')
  );
}

function isWellFormedChart(input: unknown): input is Chart {
  if (!isPlainObject(input)) return false;
  // Single fields are cheap: zod itself checks them.
  if (!chartSchema.shape.version.safeParse(input.version).success) return false;
  if (input.company !== undefined && !isPlainObject(input.company)) return false;
  if (input.company !== undefined && !companySchema.safeParse(input.company).success) return false;
  return (
    Array.isArray(input.positions) &&
    arePositions(input.positions) &&
    (input.dottedLines === undefined ||
      (Array.isArray(input.dottedLines) && areDottedLines(input.dottedLines)))
  );
}

/** One straight pass with each field read once: a table-driven loop measured 2.5 times slower. */
function arePositions(positions: readonly unknown[]): boolean {
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i];
    if (!isPlainObject(position)) return false;
    if (!isId(position.id) || typeof position.title !== 'string') return false;
    const roles = position.roles;
    if (roles !== undefined && !areRoles(roles)) return false;
    const reportsTo = position.reportsTo;
    if (reportsTo !== undefined && reportsTo !== null && !isId(reportsTo)) return false;
    const holder = position.holder;
    if (holder !== undefined && holder !== null && typeof holder !== 'string') return false;
    const vacant = position.vacant;
    if (vacant !== undefined && typeof vacant !== 'boolean') return false;
    const interim = position.interim;
    if (interim !== undefined && typeof interim !== 'boolean') return false;
    const scope = position.scope;
    if (scope !== undefined && scope !== 'company' && scope !== 'unit') return false;
  }
  return true;
}

function areRoles(roles: unknown): boolean {
  if (!Array.isArray(roles)) return false;
  for (let i = 0; i < roles.length; i++) if (!roleIds.has(roles[i])) return false;
  return true;
}

function areDottedLines(lines: readonly unknown[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isPlainObject(line) || !isId(line.from) || !isId(line.to)) return false;
  }
  return true;
}
