import type { Request } from 'express';
import { statusProblem } from '../../http/problem.js';
import { isId } from '../../storage/ids.js';

export function shareLinkNotFound(id: string) {
  return statusProblem(
    404,
    `This workspace has no share link with the id "${id.slice(0, 60)}". It may have been revoked already.`,
  );
}

/** The link id in the path; a malformed one names nothing, so it is a 404 without a query. */
export function linkIdParam(req: Request): string {
  const id = String(req.params.linkId);
  if (!isId(id)) throw shareLinkNotFound(id);
  return id;
}

/** The same answer for a revoked, unknown or mangled token: none of them says more. */
export function sharedNotFound() {
  return statusProblem(
    404,
    'This share link does not open anything: it has been revoked, or it was not copied completely. Ask whoever shared it for a new link.',
  );
}
