import { type ExtraField, extraFields, extraLabels } from './extra-fields.js';

/** The position fields a CSV column can fill, in the order the mapping dialog and exports use. */
export const csvFields = [
  'id',
  'title',
  'holder',
  'reportsTo',
  'roles',
  'vacant',
  'interim',
] as const;

export type CsvField = (typeof csvFields)[number];

/** A field a column can fill: the chart's own, or an extra an HR export brings (department, FTE). */
export type MappedField = CsvField | ExtraField;

/** Which column (by index in the header row) fills which field; an absent field is not imported. */
export type CsvMapping = Partial<Record<MappedField, number>>;

/** How the mapping dialog names the fields. */
export const fieldLabels: Readonly<Record<CsvField, string>> = {
  id: 'Id',
  title: 'Title',
  holder: 'Holder (person)',
  reportsTo: 'Reports to',
  roles: 'Roles',
  vacant: 'Vacant',
  interim: 'Interim',
};

/** The header row of an exported CSV: snake_case, as HR systems and spreadsheets expect. */
export const exportHeaders: Readonly<Record<CsvField, string>> = {
  id: 'id',
  title: 'title',
  holder: 'holder',
  reportsTo: 'reports_to',
  roles: 'roles',
  vacant: 'vacant',
  interim: 'interim',
};

/** What a roles cell holds for a position whose roles were explicitly set to none. */
export const NO_ROLES = 'none';

/** Every field a column can fill, in the order the mapping dialog lists them: the chart's, then the extras. */
export const mappedFields: readonly MappedField[] = [...csvFields, ...extraFields];

/** How the mapping dialog names every field. */
export const mappedFieldLabels: Readonly<Record<MappedField, string>> = {
  ...fieldLabels,
  ...extraLabels,
};
