import { type Chart, type Position, positionIdSchema } from '@orgwise/domain';
import type { DirectoryPerson, ManagerReference } from './directory-person.js';
import type { ImportIssue } from './import-issue.js';
import { presentExtras } from './position-extras.js';

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
 */
export function peopleToChart(people: readonly DirectoryPerson[], issues: ImportIssue[]): Chart {
  const byId = new Map<string, DirectoryPerson>();
  const byEmail = new Map<string, DirectoryPerson>();
  const leftOut = new Map<string, string>();
  const kept: DirectoryPerson[] = [];

  for (const person of people) {
    if (person.id === '') {
      issues.push({ where: person.where, why: 'no id; the person is left out' });
      continue;
    }
    // Counting code points only when the UTF-16 length could exceed the limit keeps this linear and cheap.
    if (person.id.length > MAX_ID_LENGTH && [...person.id].length > MAX_ID_LENGTH) {
      issues.push({
        where: person.where,
        why: `the id is longer than ${MAX_ID_LENGTH} characters; the person is left out`,
      });
      continue;
    }
    if (!person.active) {
      const why = `the account is disabled (${person.inactiveBecause ?? 'inactive'}); the person is left out`;
      issues.push({ where: person.where, why });
      const reason = `is a disabled account (${person.where})`;
      leftOut.set(person.id, reason);
      for (const email of person.emails) leftOut.set(emailKey(email), reason);
      continue;
    }
    const earlier = byId.get(person.id);
    if (earlier !== undefined) {
      issues.push({
        where: person.where,
        why: `the id "${person.id}" is already used by ${earlier.where}; the second is left out`,
      });
      continue;
    }
    byId.set(person.id, person);
    for (const email of person.emails) {
      if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), person);
    }
    kept.push(person);
  }

  const managers = new Map<string, ManagerReference>();
  for (const person of kept) if (person.manager) managers.set(person.id, person.manager);
  addDirectReports(kept, byId, managers, issues);

  const positions = kept.map((person): Position => {
    const position: Position = { id: person.id, title: person.title };
    if (person.holder !== undefined) position.holder = person.holder;
    const reference = managers.get(person.id);
    if (reference !== undefined) {
      // Some identity providers put the manager's e-mail address where SCIM wants their id.
      const manager =
        (reference.by === 'id' ? byId.get(reference.value) : undefined) ??
        (reference.by === 'email' || reference.value.includes('@')
          ? byEmail.get(emailKey(reference.value))
          : undefined);
      if (manager !== undefined) position.reportsTo = manager.id;
      else issues.push({ where: reference.where, why: unresolved(reference, leftOut) });
    }
    return Object.assign(position, presentExtras(person.extras));
  });
  return { version: 1, positions };
}

function unresolved(reference: ManagerReference, leftOut: ReadonlyMap<string, string>): string {
  const key = reference.by === 'id' ? reference.value : emailKey(reference.value);
  const what = reference.by === 'id' ? 'id' : 'e-mail address';
  const reason = leftOut.get(key);
  return reason === undefined
    ? `no one in the document has the ${what} "${reference.value}"; the position is placed at the top`
    : `the manager "${reference.value}" ${reason}; the position is placed at the top`;
}

/** Microsoft Graph's `directReports` as manager references of the reports. */
function addDirectReports(
  kept: readonly DirectoryPerson[],
  byId: ReadonlyMap<string, DirectoryPerson>,
  managers: Map<string, ManagerReference>,
  issues: ImportIssue[],
): void {
  for (const person of kept) {
    for (const report of person.directReports) {
      if (!byId.has(report.id)) {
        issues.push({
          where: report.where,
          why: `no one in the document has the id "${report.id}"; this reporting line is left out`,
        });
        continue;
      }
      const own = managers.get(report.id);
      if (own === undefined) {
        managers.set(report.id, { by: 'id', value: person.id, where: report.where });
      } else if (own.value !== person.id) {
        issues.push({
          where: report.where,
          why: `"${report.id}" names another manager ("${own.value}" at ${own.where}), which is kept`,
        });
      }
    }
  }
}
