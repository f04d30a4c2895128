import type { Chart, Position } from '@orgwise/domain';

/**
 * Columns of HR exports beyond the chart's own fields, kept on the positions under these plain
 * names (`PositionExtras`): the editor and the comparison may show and sum them.
 */
export const extraFields = ['department', 'location', 'employeeNumber', 'fte', 'cost'] as const;

export type ExtraField = (typeof extraFields)[number];

/** The extras that hold numbers; the others hold text. */
export const numericExtras: ReadonlySet<ExtraField> = new Set(['fte', 'cost']);

export const extraLabels: Readonly<Record<ExtraField, string>> = {
  department: 'Department',
  location: 'Location',
  employeeNumber: 'Employee number',
  fte: 'FTE',
  cost: 'Cost',
};

/** Column headers of exported workbooks: snake_case, as the CSV export writes its own. */
export const extraHeaders: Readonly<Record<ExtraField, string>> = {
  department: 'department',
  location: 'location',
  employeeNumber: 'employee_number',
  fte: 'fte',
  cost: 'cost',
};

/**
 * Header names (normalised as normalizeHeader does) that mean an extra, in English, Danish and
 * Dutch as HR systems export them (Danish "Medarbejdernr.", "Afdeling", "Lokation",
 * "Beskæftigelsesgrad"; Dutch "Personeelsnummer", "Afdeling", "Locatie", "Loonkosten").
 * An employee number that is the file's id column stays the id; a second one is kept here.
 */
export const extraNames: Readonly<Record<ExtraField, readonly string[]>> = {
  department: [
    'department',
    'dept',
    'division',
    'orgunit',
    'organisationalunit',
    'organizationalunit',
    'businessunit',
    'afdeling',
    'enhed',
    'organisatoriskenhed',
    'organisatieonderdeel',
    'organisatieeenheid',
  ],
  location: [
    'location',
    'office',
    'officelocation',
    'worklocation',
    'site',
    'city',
    'lokation',
    'arbejdssted',
    'kontor',
    'tjenestested',
    'locatie',
    'vestiging',
    'standplaats',
    'werklocatie',
  ],
  employeeNumber: [
    'employeenumber',
    'employeeid',
    'employeeno',
    'personnelnumber',
    'staffnumber',
    'medarbejdernr',
    'medarbejdernummer',
    'medarbejderid',
    'loennummer',
    'personeelsnummer',
    'personeelsnr',
    'medewerkernummer',
    'werknemernummer',
  ],
  fte: [
    'fte',
    'fulltimeequivalent',
    'fteratio',
    'aarsvaerk',
    'beskaeftigelsesgrad',
    'normtid',
    'deltidsbroek',
    'deeltijdfactor',
    'deeltijdpercentage',
    'werktijdfactor',
  ],
  cost: [
    'cost',
    'costs',
    'annualcost',
    'salary',
    'annualsalary',
    'salarycost',
    'personnelcost',
    'loen',
    'aarsloen',
    'loenomkostning',
    'loenomkostninger',
    'omkostning',
    'kosten',
    'loonkosten',
    'salaris',
    'jaarsalaris',
    'personeelskosten',
  ],
};

/** A position's value of an extra, when it has one (text that is not blank, or a number). */
export function extraValue(position: Position, field: ExtraField): string | number | undefined {
  const value = position[field];
  if (typeof value === 'number')
    return numericExtras.has(field) && Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * The extras that any position of the chart has, in extraFields' order: the columns an export
 * writes after the chart's own, so that the import maps them back by their headers.
 */
export function extraColumns(chart: Chart): ExtraField[] {
  return extraFields.filter((field) =>
    chart.positions.some((position) => extraValue(position, field) !== undefined),
  );
}
