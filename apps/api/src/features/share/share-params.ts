import type { Request } from 'express';
import { statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';
import { isId } from '../../storage/ids.js';

export function shareLinkNotFound(id: string) {
  return statusProblem(404, problemText('shareLinkNotFound', { id: id.slice(0, 60) }));
}

/** The link id in the path; a malformed one names nothing, so it is a 404 without a query. */
export function linkIdParam(req: Request): string {
  const id = String(req.params.linkId);
  if (!isId(id)) throw shareLinkNotFound(id);
  return id;
}

/** The same answer for a revoked, unknown or mangled token: none of them says more. */
export function sharedNotFound() {
  return statusProblem(404, problemText('shareTokenNotFound'));
}
