import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { problemSchema } from '../schemas/problem.js';

/** A response documented as a problem document. */
export function problemResponse(description: string): ZodOpenApiResponseObject {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

/** The errors every endpoint can answer with. */
export const commonProblems: ZodOpenApiResponsesObject = {
  '429': problemResponse('Too many requests from this client; see the Retry-After header.'),
  '500': problemResponse('An internal fault; the response carries only the request id.'),
  '503': problemResponse('The server took too long or is shutting down.'),
};

/** The errors of an endpoint that takes a JSON body. */
export const bodyProblems: ZodOpenApiResponsesObject = {
  '408': problemResponse('The request body did not arrive in time.'),
  '413': problemResponse(
    'The body is over the size limit, or the chart has more positions than the server accepts (type /api/problems/too-many-positions).',
  ),
  '415': problemResponse('The body is not JSON (send Content-Type: application/json).'),
  ...commonProblems,
};

/** GET responses that are fixed for the life of the server carry an ETag. */
export const notModified: ZodOpenApiResponsesObject = {
  '304': { description: 'Not modified: the If-None-Match header matched the ETag.' },
};
