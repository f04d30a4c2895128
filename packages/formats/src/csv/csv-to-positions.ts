import { type Position, parseChart, positionIdSchema, type RoleId } from '@orgwise/domain';
import { slugify } from '../file/file-name.js';
import type { CsvMapping, MappedField } from './csv-fields.js';
import { type ExtraField, extraFields, numericExtras } from './extra-fields.js';
import { mappedCell as cellOf } from './formula-escape.js';
import type { CsvImportError } from './import-error.js';
import { parseBooleanCell } from './parse-boolean.js';
import type { CsvTable } from './parse-csv.js';
import { parseNumberCell } from './parse-number.js';
import { parseRolesCell } from './parse-roles.js';
import { createManagerResolver, type ManagerCandidate } from './resolve-manager.js';

export type CsvConversion =
  | { ok: true; positions: Position[] }
  | { ok: false; errors: CsvImportError[] };

interface Draft extends ManagerCandidate {
  reportsTo: string;
  roles: RoleId[] | undefined;
  vacant: boolean | undefined;
  interim: boolean | undefined;
  /** Undefined when the row has none. */
  extras: Partial<Record<ExtraField, string | number>> | undefined;
}

const MAX_ID_LENGTH = positionIdSchema.maxLength ?? 128;

/**
 * Ids for a file without an id column, made from the titles ("Head of IT" → "head-of-it",
 * the second one "head-of-it-2"), so that an exported chart stays readable. A counter per base
 * keeps this linear when thousands of rows share a title.
 */
function createIdGenerator(): (title: string) => string {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (title) => {
    const base = slugify(title) || 'position';
    let candidate = base;
    let counter = next.get(base) ?? 1;
    while (used.has(candidate)) {
      counter += 1;
      candidate = `${base}-${counter}`;
    }
    next.set(base, counter);
    used.add(candidate);
    return candidate;
  };
}

/**
 * Turns the rows of a CSV file into positions, reporting every problem with its row and column
 * (all of them, not just the first): an empty title, an empty or duplicate id, a yes/no cell that
 * is neither, an unknown role, a manager that names no position. No row is dropped silently:
 * a row either becomes a position or gives an error; only wholly blank rows are skipped.
 *
 * Without an id column ids are generated from the titles and "reports to" names a manager by
 * title or holder (see createManagerResolver). Cells are trimmed, and the quote the CSV export
 * puts before formula characters is removed.
 */
export function csvToPositions(table: CsvTable, mapping: CsvMapping): CsvConversion {
  const errors: CsvImportError[] = [...table.errors];
  if (mapping.title === undefined) {
    return {
      ok: false,
      errors: [...errors, { message: 'Choose the column that holds the position titles.' }],
    };
  }
  const column = (field: MappedField) => {
    const index = mapping[field];
    return index === undefined ? undefined : (table.headers[index] ?? `Column ${index + 1}`);
  };
  const generateId = createIdGenerator();
  // The rows by their id (the first of each), for duplicates and then the managers named by id.
  const byId = new Map<string, Draft>();
  const drafts: Draft[] = [];
  // Only the mapped fields are read and parsed: an unmapped one stays out of every position.
  const mappedExtras = extraFields.filter((field) => mapping[field] !== undefined);

  for (const { rowNumber, cells } of table.rows) {
    const fail = (field: MappedField, message: string) => {
      errors.push({ row: rowNumber, column: column(field), message });
    };

    const title = cellOf(cells, mapping.title);
    if (title === '') fail('title', 'the title is empty; every position needs a title');

    let id = cellOf(cells, mapping.id);
    let firstOfId = false;
    if (mapping.id === undefined) id = generateId(title);
    else if (id === '')
      fail(
        'id',
        'the id is empty; give every position an id, or map no id column to generate them',
      );
    // Counting code points only when the UTF-16 length could exceed the limit keeps this cheap.
    else if (id.length > MAX_ID_LENGTH && [...id].length > MAX_ID_LENGTH)
      fail('id', `the id is longer than ${MAX_ID_LENGTH} characters`);
    else {
      const earlier = byId.get(id);
      if (earlier !== undefined)
        fail('id', `the id '${id}' is already used by row ${earlier.rowNumber}`);
      else firstOfId = true;
    }

    let vacant: boolean | undefined;
    if (mapping.vacant !== undefined) {
      const cell = parseBooleanCell(cellOf(cells, mapping.vacant));
      if (cell.ok) vacant = cell.value;
      else fail('vacant', cell.message);
    }
    let interim: boolean | undefined;
    if (mapping.interim !== undefined) {
      const cell = parseBooleanCell(cellOf(cells, mapping.interim));
      if (cell.ok) interim = cell.value;
      else fail('interim', cell.message);
    }
    let roles: RoleId[] | undefined;
    if (mapping.roles !== undefined) {
      const cell = parseRolesCell(cellOf(cells, mapping.roles));
      if (cell.ok) roles = cell.roles;
      else fail('roles', cell.message);
    }

    let extras: Draft['extras'];
    for (const field of mappedExtras) {
      const cell = cellOf(cells, mapping[field]);
      if (cell === '') continue;
      extras ??= {};
      if (!numericExtras.has(field)) extras[field] = cell;
      else {
        const number = parseNumberCell(cell);
        if (number.ok) extras[field] = number.value;
        else fail(field, number.message);
      }
    }

    const holder = cellOf(cells, mapping.holder);
    const draft: Draft = {
      rowNumber,
      id,
      title,
      holder: holder === '' ? undefined : holder,
      reportsTo: cellOf(cells, mapping.reportsTo),
      roles,
      vacant,
      interim,
      extras,
    };
    drafts.push(draft);
    if (firstOfId) byId.set(id, draft);
  }

  const resolveManager = createManagerResolver(drafts, mapping.id === undefined ? undefined : byId);
  const positions: Position[] = drafts.map((draft) => {
    const position: Position = { id: draft.id, title: draft.title };
    if (draft.holder !== undefined) position.holder = draft.holder;
    if (draft.reportsTo !== '') {
      const manager = resolveManager(draft.reportsTo);
      if (manager.ok) position.reportsTo = manager.id;
      else
        errors.push({
          row: draft.rowNumber,
          column: column('reportsTo'),
          message: manager.message,
        });
    }
    if (draft.roles !== undefined) position.roles = draft.roles;
    if (draft.vacant !== undefined) position.vacant = draft.vacant;
    if (draft.interim !== undefined) position.interim = draft.interim;
    return draft.extras === undefined ? position : Object.assign(position, draft.extras);
  });

  if (errors.length > 0) return { ok: false, errors: sortByRow(errors) };

  // The checks above should leave nothing for the chart schema to refuse; if a rule of the schema
  // is ever added that they miss, its message still reaches the user, with the row.
  const check = parseChart({ positions });
  if (!check.ok) {
    return {
      ok: false,
      errors: check.issues.map((issue) => {
        const index = issue.path[1];
        const draft = typeof index === 'number' ? drafts[index] : undefined;
        return draft === undefined
          ? { message: issue.message }
          : { row: draft.rowNumber, message: issue.message };
      }),
    };
  }
  return { ok: true, positions };
}

/** File-level errors first, then by row, keeping each row's errors in column order. */
function sortByRow(errors: CsvImportError[]): CsvImportError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => (a.error.row ?? 0) - (b.error.row ?? 0) || a.index - b.index)
    .map(({ error }) => error);
}
