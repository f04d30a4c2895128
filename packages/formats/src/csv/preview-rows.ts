import { getRole, type RoleId, recognizeTitle } from '@orgwise/domain';
import type { CsvMapping, MappedField } from './csv-fields.js';
import { mappedCell } from './formula-escape.js';
import type { CsvTable } from './parse-csv.js';
import { parseRolesCell } from './parse-roles.js';

export interface PreviewRow {
  rowNumber: number;
  /** The mapped cells as they will be read, keyed by field; absent when the field is not mapped. */
  cells: Partial<Record<MappedField, string>>;
  /** The roles the position will hold, by short name ("CIO", "CTO"). */
  roles: string[];
  /** Whether the roles come from the title (no roles column, or a blank roles cell). */
  rolesRecognised: boolean;
}

const roleNames = (roles: readonly RoleId[]) => roles.map((role) => getRole(role).shortName);

/**
 * The first rows as the import will read them, for the mapping dialog: the user sees which column
 * landed where and which roles the titles were recognised as, before anything changes.
 */
export function previewRows(table: CsvTable, mapping: CsvMapping, count = 5): PreviewRow[] {
  return table.rows.slice(0, count).map(({ rowNumber, cells }) => {
    const mapped: Partial<Record<MappedField, string>> = {};
    for (const [field, index] of Object.entries(mapping) as [MappedField, number | undefined][]) {
      if (index !== undefined) mapped[field] = mappedCell(cells, index);
    }
    const explicit = mapped.roles === undefined ? undefined : parseRolesCell(mapped.roles);
    if (explicit?.ok && explicit.roles !== undefined) {
      return { rowNumber, cells: mapped, roles: roleNames(explicit.roles), rolesRecognised: false };
    }
    if (explicit !== undefined && !explicit.ok) {
      return { rowNumber, cells: mapped, roles: [], rolesRecognised: false };
    }
    const recognised = recognizeTitle(mapped.title ?? '').roles;
    return { rowNumber, cells: mapped, roles: roleNames(recognised), rolesRecognised: true };
  });
}
