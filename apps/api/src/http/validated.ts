import type { InputIssue } from '@orgwise/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { inputProblem } from './problem.js';

/**
 * zod issues as the contract's InputIssue list (JSON paths have no symbols). An unknown member is
 * reported at its own path, so a client can point at it like at any other error.
 */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key], message: issue.message }));
    }
    return [{ path, message: issue.message }];
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
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) {
      throw inputProblem(
        'invalid-request',
        'The request body does not match the schema; see `errors`.',
        toInputIssues(parsed.error),
      );
    }
    await handler(parsed.data, req, res);
  };
}
