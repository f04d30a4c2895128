import { STATUS_CODES } from 'node:http';
import { type ProblemSlug, problemType, problemTypeUri } from '@orgwise/contract';
import type { InputIssue } from '@orgwise/domain';
import type { Request, Response } from 'express';
import { type ProblemText, renderProblemText } from './problem-texts/problem-text.js';
import { problemTitle } from './problem-titles.js';
import { answerIn, requestLocale } from './request-locale.js';

/** The members of an RFC 9457 problem document that a problem states; `sendProblem` adds the rest. */
export interface ProblemFields {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Input errors: where the body is wrong, and why. */
  errors?: InputIssue[];
  /** How many input errors there were when `errors` had to be shortened. */
  errorCount?: number;
  /** The limit that was exceeded (bytes or positions). */
  limit?: number;
  /** A version mismatch: the version now stored. */
  currentVersion?: number;
  /** A version mismatch: the resource as it is now, so that a client can show the conflict. */
  current?: unknown;
}

export type ProblemExtensions = Partial<
  Pick<ProblemFields, 'errors' | 'errorCount' | 'limit' | 'currentVersion' | 'current'>
>;

/** A problem document as sent. */
export interface ProblemDocument extends ProblemFields {
  /** The path of the request that failed. */
  instance: string;
  /** The id of the request in the server's log; quote it when reporting a fault. */
  requestId: string;
}

/** A detail or an input error's message: English as it is, or a text rendered when sent. */
export type ProblemWords = string | ProblemText;

/** An input error whose message may be rendered in the language of the answer. */
export interface LocalizedIssue {
  path: InputIssue['path'];
  message: ProblemWords;
}

/** The texts of a problem that are rendered in the language of the answer when it is sent. */
export interface ProblemTexts {
  detail?: ProblemText;
  /** By the index of the input error in `errors`. */
  errors?: ReadonlyMap<number, ProblemText>;
}

/** Throw it from a handler or middleware to answer with a problem document. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly problem: ProblemFields,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly texts: ProblemTexts = {},
  ) {
    super(problem.detail ?? problem.title);
  }
}

function english(words: ProblemWords): string {
  return typeof words === 'string' ? words : renderProblemText('en', words);
}

function textsOf(detail: ProblemWords | undefined): ProblemTexts {
  return detail === undefined || typeof detail === 'string' ? {} : { detail };
}

/** A problem that the status code explains by itself ("about:blank", titled with the status phrase). */
export function statusProblem(
  status: number,
  detail?: ProblemWords,
  extensions: ProblemExtensions = {},
  headers: Record<string, string> = {},
): HttpProblem {
  const problem: ProblemFields = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    ...extensions,
  };
  if (detail !== undefined) problem.detail = english(detail);
  return new HttpProblem(problem, headers, textsOf(detail));
}

/** A problem of one of the API's own types (see @orgwise/contract's problem-types.ts). */
export function typedProblem(
  slug: ProblemSlug,
  detail: ProblemWords,
  extensions: ProblemExtensions = {},
  headers: Record<string, string> = {},
  errorTexts?: ProblemTexts['errors'],
): HttpProblem {
  const type = problemType(slug);
  return new HttpProblem(
    {
      type: problemTypeUri(slug),
      title: type.title,
      status: type.status,
      detail: english(detail),
      ...extensions,
    },
    headers,
    { ...textsOf(detail), ...(errorTexts === undefined ? {} : { errors: errorTexts }) },
  );
}

// A problem document is read by people and parsed by tools; a 100,000-line error list or a message
// that quotes a 10 MB input helps neither, and would let one request make the server build a huge
// response.
const maxErrors = 100;
const maxMessageLength = 500;

/** A problem listing input errors (the contract's InputIssue list), shortened to a readable size. */
export function inputProblem(
  slug: ProblemSlug,
  detail: ProblemWords,
  issues: readonly LocalizedIssue[],
  extensions: ProblemExtensions = {},
): HttpProblem {
  const texts = new Map<number, ProblemText>();
  const errors = issues.slice(0, maxErrors).map((issue, index) => {
    if (typeof issue.message !== 'string') texts.set(index, issue.message);
    return { path: issue.path, message: shortened(english(issue.message)) };
  });
  const counted = issues.length > maxErrors ? { errorCount: issues.length } : {};
  return typedProblem(slug, detail, { ...extensions, errors, ...counted }, {}, texts);
}

function shortened(message: string): string {
  return message.length > maxMessageLength ? `${message.slice(0, maxMessageLength - 1)}…` : message;
}

/**
 * Sends a problem document; the request id and path are added so a report can be traced. Its
 * title, detail and input errors are in the language of Accept-Language where they have one;
 * the type, the status and the errors' paths never change.
 */
export function sendProblem(req: Request, res: Response, problem: HttpProblem): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  const locale = requestLocale(req);
  const title = problemTitle(locale, problem.problem);
  const { detail, errors } = problem.texts;
  const inLocale = locale !== 'en' && (title !== undefined || detail !== undefined);
  const document: ProblemDocument = {
    ...problem.problem,
    ...(title === undefined ? {} : { title }),
    ...(inLocale && detail !== undefined ? { detail: renderProblemText(locale, detail) } : {}),
    instance: req.originalUrl.split('?')[0] ?? req.originalUrl,
    requestId: String(req.id),
  };
  if (locale !== 'en' && errors !== undefined && document.errors !== undefined) {
    document.errors = document.errors.map((issue, index) => {
      const text = errors.get(index);
      return text === undefined
        ? issue
        : { ...issue, message: shortened(renderProblemText(locale, text)) };
    });
  }
  answerIn(res, inLocale ? locale : 'en');
  res.status(document.status).type('application/problem+json').send(JSON.stringify(document));
}
