import { type Chart, type Position, positionIdSchema } from '@orgwise/domain';
import { type DirectoryShape, placeOf } from './directory-document.js';
import type { DirectoryPerson, ManagerReference } from './directory-person.js';
import type { ImportIssue } from './import-issue.js';

const MAX_ID_LENGTH = positionIdSchema.maxLength ?? 128;

const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * A position per active person, in document order, each reporting to the person their manager
 * reference names. What cannot be kept is said in `issues`, never dropped silently:
 *
 * - a person without a usable id, a second person with an id already taken, and a disabled
 *   account are left out;
 * - a manager reference that names nobody in the document, or a left-out account, leaves the
 *   position at the top of the chart (a line to nowhere would only be an unknown-manager finding);
 * - direct reports (Microsoft Graph) set the manager of a report that names none, and a report
 *   that names another manager keeps its own.
 *
 * Reporting cycles are kept as they are: they are findings of the chart, for the report to show.
 * Built for directories of tens of thousands: one map lookup per manager reference, and people's
 * e-mail addresses indexed only when someone is named by one.
 */
export function peopleToChart(
  people: readonly DirectoryPerson[],
  shape: DirectoryShape,
  issues: ImportIssue[],
): Chart {
  const byId = new Map<string, DirectoryPerson>();
  const leftOut = new Map<string, string>();
  const kept: DirectoryPerson[] = [];

  for (const person of people) {
    if (person.id === '') {
      issues.push({
        where: placeOf(person.page, person.index),
        why: 'no id; the person is left out',
      });
      continue;
    }
    // Counting code points only when the UTF-16 length could exceed the limit keeps this linear and cheap.
    if (person.id.length > MAX_ID_LENGTH && [...person.id].length > MAX_ID_LENGTH) {
      issues.push({
        where: placeOf(person.page, person.index),
        why: `the id is longer than ${MAX_ID_LENGTH} characters; the person is left out`,
      });
      continue;
    }
    if (person.inactiveBecause !== undefined) {
      const where = placeOf(person.page, person.index);
      const why = `the account is disabled (${person.inactiveBecause}); the person is left out`;
      issues.push({ where, why });
      const reason = `is a disabled account (${where})`;
      leftOut.set(person.id, reason);
      for (const email of shape.emailsOf(person.user)) leftOut.set(emailKey(email), reason);
      continue;
    }
    const earlier = byId.get(person.id);
    if (earlier !== undefined) {
      issues.push({
        where: placeOf(person.page, person.index),
        why: `the id "${person.id}" is already used by ${placeOf(earlier.page, earlier.index)}; the second is left out`,
      });
      continue;
    }
    byId.set(person.id, person);
    kept.push(person);
  }

  const fromReports = managersFromDirectReports(kept, byId, shape, issues);
  let byEmail: Map<string, DirectoryPerson> | undefined;
  const emailIndex = () => {
    byEmail ??= indexEmails(kept, shape);
    return byEmail;
  };

  const positions = new Array<Position>(kept.length);
  for (let index = 0; index < kept.length; index++) {
    const person = kept[index] as DirectoryPerson;
    const position: Position = { id: person.id, title: person.title };
    if (person.holder !== undefined) position.holder = person.holder;
    const given = person.manager === undefined ? fromReports?.get(person) : undefined;
    const by = given?.by ?? person.managerBy;
    const value = given?.value ?? person.manager;
    if (value !== undefined) {
      // Some identity providers put the manager's e-mail address where SCIM wants their id.
      const manager =
        (by === 'id' ? byId.get(value) : undefined) ??
        (by === 'email' || value.includes('@') ? emailIndex().get(emailKey(value)) : undefined);
      if (manager !== undefined) position.reportsTo = manager.id;
      else {
        const where = given?.where ?? ownManagerPlace(person, shape);
        issues.push({ where, why: unresolved(by, value, leftOut) });
      }
    }
    if (person.department !== undefined) position.department = person.department;
    if (person.location !== undefined) position.location = person.location;
    if (person.employeeNumber !== undefined) position.employeeNumber = person.employeeNumber;
    if (person.email !== undefined) position.email = person.email;
    positions[index] = position;
  }
  return { version: 1, positions };
}

const ownManagerPlace = (person: DirectoryPerson, shape: DirectoryShape) =>
  `${placeOf(person.page, person.index)}${shape.managerPlace(person.user)}`;

/** Every kept person's e-mail addresses, the first person to have one keeping it. */
function indexEmails(
  kept: readonly DirectoryPerson[],
  shape: DirectoryShape,
): Map<string, DirectoryPerson> {
  const byEmail = new Map<string, DirectoryPerson>();
  for (const person of kept) {
    for (const email of shape.emailsOf(person.user)) {
      const key = emailKey(email);
      if (!byEmail.has(key)) byEmail.set(key, person);
    }
  }
  return byEmail;
}

function unresolved(
  by: ManagerReference['by'],
  value: string,
  leftOut: ReadonlyMap<string, string>,
): string {
  const reason = leftOut.get(by === 'id' ? value : emailKey(value));
  return reason === undefined
    ? `no one in the document has the ${by === 'id' ? 'id' : 'e-mail address'} "${value}"; the position is placed at the top`
    : `the manager "${value}" ${reason}; the position is placed at the top`;
}

/**
 * The managers Microsoft Graph's `directReports` give people whose own record names none; a
 * report whose record names another manager keeps that one. Undefined without any direct reports.
 */
function managersFromDirectReports(
  kept: readonly DirectoryPerson[],
  byId: ReadonlyMap<string, DirectoryPerson>,
  shape: DirectoryShape,
  issues: ImportIssue[],
): Map<DirectoryPerson, ManagerReference> | undefined {
  if (!kept.some((person) => person.directReports !== undefined)) return undefined;
  const managers = new Map<DirectoryPerson, ManagerReference>();
  for (const person of kept) {
    for (const report of person.directReports ?? []) {
      const reported = byId.get(report.id);
      if (reported === undefined) {
        issues.push({
          where: report.where,
          why: `no one in the document has the id "${report.id}"; this reporting line is left out`,
        });
        continue;
      }
      const own: ManagerReference | undefined =
        reported.manager === undefined
          ? managers.get(reported)
          : { by: reported.managerBy, value: reported.manager };
      if (own === undefined) {
        managers.set(reported, { by: 'id', value: person.id, where: report.where });
      } else if (own.value !== person.id) {
        const ownWhere = own.where ?? ownManagerPlace(reported, shape);
        issues.push({
          where: report.where,
          why: `"${report.id}" names another manager ("${own.value}" at ${ownWhere}), which is kept`,
        });
      }
    }
  }
  return managers;
}
