import { type InputIssue, issueMessage, type Locale } from '@orgwise/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { inputProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';
import { requestLocale } from './request-locale.js';

/**
 * zod issues as the contract's InputIssue list (JSON paths have no symbols), their messages in
 * `locale` (English by default). An unknown member is reported at its own path, so a client can
 * point at it like at any other error.
 */
export function toInputIssues(error: z.ZodError, locale: Locale = 'en'): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const message = issueMessage(locale, issue);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message }));
    }
    return [{ path, message }];
  });
}

export type TypedHandler<T> = (input: T, req: Request, res: Response) => void | Promise<void>;

/**
 * An endpoint is its contract: the body is parsed once with `schema`, and the handler receives the
 * typed result. A body that does not match is a 400 invalid-request problem listing every issue by
 * its path in the body.
 */
export function validated<S extends z.ZodType>(
  schema: S,
  handler: TypedHandler<z.output<S>>,
): RequestHandler {
  return async (req: Request, res: Response, _next: NextFunction) => {
    // With the input on each issue, a missing member can be told from one of the wrong type.
    const parsed = schema.safeParse(req.body, { reportInput: true });
    if (!parsed.success) {
      throw inputProblem(
        'invalid-request',
        problemText('bodyMismatch'),
        toInputIssues(parsed.error, requestLocale(req)),
      );
    }
    await handler(parsed.data, req, res);
  };
}
