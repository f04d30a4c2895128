import type { InputIssue, Locale } from '@orgwise/domain';
import { LineIndex, type TextLocation } from '../json/line-index.js';
import { locatePaths } from '../json/locate.js';
import type { JsonPath } from '../json/scan-json.js';
import { cliText } from '../lang/cli-text.js';

/** Why a file given to the CLI could not be used, and where in it. */
export interface InputProblem {
  /** The file as the user named it. */
  file: string;
  message: string;
  /** Where in the JSON document, when the document could be read. */
  path?: JsonPath;
  location?: TextLocation;
  /** Which thing the path is inside, in words ("position \"cto\""). */
  subject?: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** A malformed file can have an issue per position; past this many the rest are counted. */
export const shownIssuesPerFile = 50;

/**
 * Turns the domain's input issues into problems that point at lines of the file. `subjectOf` may
 * name what a path is inside, for a reader who does not count array elements.
 */
export function problemsFromIssues(
  file: string,
  text: string,
  issues: readonly InputIssue[],
  locale: Locale = 'en',
  subjectOf: (path: JsonPath) => string | undefined = () => undefined,
): InputProblem[] {
  const shown = issues.slice(0, shownIssuesPerFile);
  const spans = locatePaths(
    text,
    shown.map((issue) => issue.path),
  );
  const lines = new LineIndex(text);
  const problems: InputProblem[] = shown.map((issue, k) => {
    const subject = subjectOf(issue.path);
    return {
      file,
      message: issue.message,
      path: issue.path,
      location: lines.locate(spans[k]!.start),
      ...(subject === undefined ? {} : { subject }),
    };
  });
  if (issues.length > shown.length) {
    const count = issues.length - shown.length;
    problems.push({ file, message: cliText(locale)('moreProblems', { count }) });
  }
  return problems;
}

/** `positions[1].title`: how a JavaScript reader writes a path; odd keys in brackets. */
export function formatJsonPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** One line per problem: `file:line:column: path (subject): message`, as compilers print them. */
export function formatInputProblem(problem: InputProblem): string {
  const where =
    problem.location === undefined
      ? problem.file
      : `${problem.file}:${problem.location.line}:${problem.location.column}`;
  const path = problem.path === undefined ? '' : formatJsonPath(problem.path);
  const subject = problem.subject === undefined ? '' : ` (${problem.subject})`;
  return `${where}: ${path === '' ? '' : `${path}${subject}: `}${problem.message}`;
}
