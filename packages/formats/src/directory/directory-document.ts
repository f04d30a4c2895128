import type { Chart } from '@orgwise/domain';
import type { Imported } from '../format.js';
import { syntaxErrorMessage } from '../json/chart-json.js';
import type { DirectoryPerson } from './directory-person.js';
import type { ImportIssue } from './import-issue.js';
import { formatImportIssue } from './import-issue.js';
import { parseJsonSequence } from './json-sequence.js';
import { peopleToChart } from './people-to-chart.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text field, trimmed; numbers count (employee numbers and ids are often numbers). */
export function text(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** One page of a paged answer, and the prefix of the places in it (`[2].` in an array of pages). */
export interface Page {
  prefix: string;
  /** The member holding the people: `Resources`, `value`, `users`. */
  listKey: string;
  object: JsonObject;
  list: readonly unknown[];
}

/** A person's place in the document: `Resources[3]`, `[1].value[40]`. */
export const placeOf = (page: Page, index: number) => `${page.prefix}${page.listKey}[${index}]`;

/**
 * The pages of a directory's answer: one page as the API returned it, or the pages fetched one
 * after the other put in an array (or written one after another: see parseJsonSequence), each
 * holding its people in `listKey`.
 */
export function pagesOf(value: unknown, listKey: string): Page[] | undefined {
  const pageOf = (object: unknown, prefix: string): Page | undefined => {
    if (!isObject(object)) return undefined;
    const list = object[listKey];
    return Array.isArray(list) ? { prefix, listKey, object, list } : undefined;
  };
  if (!Array.isArray(value)) {
    const page = pageOf(value, '');
    return page === undefined ? undefined : [page];
  }
  const pages = value.map((item, index) => pageOf(item, `[${index}].`));
  return pages.every((page) => page !== undefined) ? (pages as Page[]) : undefined;
}

/** How a directory's answer holds its people: the list's member and how one person is read. */
export interface DirectoryShape {
  /** The member holding the people on each page: `Resources`, `value`, `users`. */
  listKey: string;
  /** What the document should have been, for the error when it is not: "a SCIM ListResponse …". */
  expected: string;
  /** Reads one person; `issues` takes what is wrong with them (`where` spelled out only then). */
  personOf: (user: JsonObject, page: Page, index: number, issues: ImportIssue[]) => DirectoryPerson;
  /** Every e-mail address others may name the person by as their manager, as written. */
  emailsOf: (user: JsonObject) => string[];
  /** The place of the person's own manager reference, after theirs: `.manager.id`. */
  managerPlace: (user: JsonObject) => string;
  /** What the pages say about people the document does not hold (a next page's link). */
  missingPages: (pages: readonly Page[]) => ImportIssue | undefined;
}

/** Walks every page of a directory's answer, each person read at their place in the document. */
export function readDirectory(document: unknown, shape: DirectoryShape): DirectoryRead {
  const pages = pagesOf(document, shape.listKey);
  if (pages === undefined) {
    const where = Array.isArray(document) ? '(the array of pages)' : '(the document)';
    return { ok: false, errors: [{ where, why: `this is not ${shape.expected}` }] };
  }
  const issues: ImportIssue[] = [];
  const people: DirectoryPerson[] = [];
  for (const page of pages) {
    const { list } = page;
    for (let index = 0; index < list.length; index++) {
      const person = list[index];
      if (isObject(person)) people.push(shape.personOf(person, page, index, issues));
      else issues.push({ where: placeOf(page, index), why: 'not an object; left out' });
    }
  }
  const missing = shape.missingPages(pages);
  if (missing !== undefined) issues.push(missing);
  return { ok: true, people, issues, shape };
}

/** The issue for a last page that still points at a next one (`@odata.nextLink`, `nextPageToken`). */
export function nextPageIssue(
  pages: readonly Page[],
  key: string,
  how: string,
): ImportIssue | undefined {
  const last = pages[pages.length - 1];
  if (last === undefined || text(last.object, key) === undefined) return undefined;
  return {
    where: `${last.prefix}${key}`,
    why: `the directory has more users than the document: ${how} and send every page together as an array`,
  };
}

export type DirectoryRead =
  | { ok: true; people: DirectoryPerson[]; issues: ImportIssue[]; shape: DirectoryShape }
  | { ok: false; errors: ImportIssue[] };

/**
 * Reads a directory's JSON text with the format's reader and makes the chart, as an import
 * result: the chart with what could not be mapped, or why the document could not be read at all.
 */
export function importDirectory(
  source: string,
  readPeople: (document: unknown) => DirectoryRead,
): Imported {
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    // Pages appended to one file one after another are read as an array of pages.
    document = parseJsonSequence(body);
    if (document === undefined) return { kind: 'error', errors: [syntaxErrorMessage(body, error)] };
  }
  const read = readPeople(document);
  if (!read.ok) return { kind: 'error', errors: read.errors.map(formatImportIssue) };
  const chart: Chart = peopleToChart(read.people, read.shape, read.issues);
  return { kind: 'chart', chart, issues: read.issues };
}
