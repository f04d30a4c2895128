import { type CsvField, type CsvMapping, csvFields } from './csv-fields.js';
import { extraFields, extraNames } from './extra-fields.js';
import { normalizeHeader } from './normalize-header.js';

/**
 * Header names (normalised: lowercase ASCII, no spaces or punctuation) that mean a field, in
 * English, Danish and Dutch, including the columns HR systems export ("Employee ID", "Manager ID":
 * a position per person is still a position per row).
 */
const exactNames: Readonly<Record<CsvField, readonly string[]>> = {
  id: [
    'id',
    'positionid',
    'employeeid',
    'employeenumber',
    'personid',
    'key',
    'code',
    'ref',
    'reference',
    'identifier',
    'stillingsid',
    'stillingid',
    'stillingsnummer',
    'medarbejderid',
    'medarbejdernummer',
    'medarbejdernr',
    'nummer',
    'nr',
    'functieid',
    'functienummer',
    'personeelsnummer',
    'werknemerid',
    'medewerkerid',
  ],
  title: [
    'title',
    'jobtitle',
    'positiontitle',
    'position',
    'job',
    'designation',
    'titel',
    'stilling',
    'stillingstitel',
    'stillingsbetegnelse',
    'jobtitel',
    'functie',
    'functietitel',
    'functienaam',
    'functiebenaming',
  ],
  holder: [
    'holder',
    'name',
    'fullname',
    'person',
    'employee',
    'employeename',
    'incumbent',
    'navn',
    'fuldtnavn',
    'medarbejder',
    'medarbejdernavn',
    'indehaver',
    'naam',
    'volledigenaam',
    'medewerker',
    'naammedewerker',
    'werknemer',
    'persoon',
    'bekleder',
  ],
  reportsTo: [
    'reportsto',
    'reportstoid',
    'reportingto',
    'manager',
    'managerid',
    'managername',
    'linemanager',
    'supervisor',
    'supervisorid',
    'boss',
    'parent',
    'parentid',
    'chef',
    'chefid',
    'leder',
    'lederid',
    'naermesteleder',
    'refererertil',
    'rapporterertil',
    'overordnet',
    'leidinggevende',
    'rapporteertaan',
    'valtonder',
    'meldtaan',
  ],
  roles: ['roles', 'role', 'roleids', 'roller', 'rolle', 'rollen', 'rol'],
  vacant: [
    'vacant',
    'vacancy',
    'isvacant',
    'open',
    'openposition',
    'ledig',
    'vakant',
    'ubesat',
    'ledigstilling',
    'vacature',
    'openstaand',
    'onbezet',
  ],
  interim: [
    'interim',
    'acting',
    'isinterim',
    'adinterim',
    'konstitueret',
    'fungerende',
    'midlertidig',
    'waarnemend',
    'tijdelijk',
  ],
};

/**
 * Words that give a header away when no exact name matched ("Direct manager (ID)", "Stillingstitel
 * 2024"). Order matters: "manager name" must become reports-to before "name" makes it the holder.
 */
const partialNames: readonly (readonly [CsvField, readonly string[]])[] = [
  ['reportsTo', ['manager', 'reportsto', 'supervisor', 'leder', 'chef', 'leidinggevende']],
  ['title', ['title', 'titel', 'functie', 'stilling']],
  ['holder', ['name', 'navn', 'naam', 'holder', 'medarbejder', 'medewerker', 'employee']],
  ['vacant', ['vacan', 'ledig', 'vakant']],
  ['interim', ['interim', 'acting', 'konstitueret', 'waarnemend']],
];

const fieldByExactName: ReadonlyMap<string, CsvField> = new Map(
  csvFields.flatMap((field) => exactNames[field].map((name) => [name, field] as const)),
);

/**
 * Guesses which column fills which field from the header names. Each field takes at most one
 * column and each column fills at most one field; the first column wins a tie. Exact names go
 * first, so that "Manager" beats "Manager name" for the reports-to field. Columns left over
 * may fill the extras (department, location, employee number, FTE, cost).
 */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);

  normalized.forEach((name, column) => {
    const field = fieldByExactName.get(name);
    if (field === undefined || mapping[field] !== undefined) return;
    mapping[field] = column;
    used.add(column);
  });

  // The extras take, by exact name, only columns the chart's fields left: "Medarbejdernr." is the
  // id when the file has no other, and kept as the employee number when it has (before the
  // partial names would make "Employee number" the holder).
  for (const field of extraFields) {
    const column = normalized.findIndex(
      (name, index) => !used.has(index) && extraNames[field].includes(name),
    );
    if (column === -1) continue;
    mapping[field] = column;
    used.add(column);
  }
  for (const [field, words] of partialNames) {
    if (mapping[field] !== undefined) continue;
    const column = normalized.findIndex(
      (name, index) => !used.has(index) && words.some((word) => name.includes(word)),
    );
    if (column === -1) continue;
    mapping[field] = column;
    used.add(column);
  }

  return mapping;
}
