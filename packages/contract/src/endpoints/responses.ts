import { problemSchema } from '../schemas/problem.js';
import type { ResponseSpec } from './endpoint.js';

/** A response documented as a problem document. */
export function problemResponse(description: string) {
  return {
    description,
    content: { 'application/problem+json': { schema: problemSchema } },
  } satisfies ResponseSpec;
}

/** The errors every endpoint can answer with. */
export const commonProblems = {
  '429': problemResponse('Too many requests from this client; see the Retry-After header.'),
  '500': problemResponse('An internal fault; the response carries only the request id.'),
  '503': problemResponse('The server took too long or is shutting down.'),
};

/** The errors of an endpoint that takes a JSON body. */
export const bodyProblems = {
  '408': problemResponse('The request body did not arrive in time.'),
  '413': problemResponse(
    'The body is over the size limit, or the chart has more positions than the server accepts (type /api/problems/too-many-positions).',
  ),
  '415': problemResponse('The body is not JSON (send Content-Type: application/json).'),
  ...commonProblems,
};

/** GET responses that are fixed for the life of the server carry an ETag. */
export const notModified = {
  '304': { description: 'Not modified: the If-None-Match header matched the ETag.' },
};

/** The problems every saved-work endpoint can answer with, beyond the common ones. */
export const savedProblems = {
  '401': problemResponse(
    'ORGWISE_API_KEY is set and the request has no or the wrong "Authorization: Bearer <key>".',
  ),
  '404': problemResponse('No such workspace, scenario or revision (or a malformed id).'),
};

/** The problems of a change guarded by If-Match. */
export const preconditionProblems = {
  '412': problemResponse(
    'The resource has changed since you read it (type /api/problems/version-mismatch): `currentVersion` and `current` give it as it is now, and the ETag header its version. Nothing was changed.',
  ),
  '428': problemResponse(
    'No If-Match header (type /api/problems/if-match-required): say which version you are changing.',
  ),
};

/** A body that is not JSON or does not match the request schema. */
export const badBody = problemResponse('The body is not valid JSON, or does not match the schema.');
