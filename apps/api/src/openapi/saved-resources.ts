import { z } from 'zod';
import type { oas31, ZodOpenApiResponsesObject } from 'zod-openapi';
import { idSchema } from '../schemas/saved-fields.js';
import { problemResponse } from './responses.js';

// OpenAPI pieces shared by the saved-work endpoints (workspaces, scenarios, revisions).

/** Either no credentials (ORGWISE_API_KEY unset) or the bearer key. */
export const apiKeySecurity: oas31.SecurityRequirementObject[] = [{ apiKey: [] }, {}];

export const apiKeyScheme = {
  apiKey: {
    type: 'http' as const,
    scheme: 'bearer',
    description:
      'Required on every /api/v1 route except validate, apply, roles and rules when the operator sets ORGWISE_API_KEY.',
  },
};

export const workspacePath = z.object({
  workspaceId: idSchema.meta({ param: { description: 'The workspace’s id.' } }),
});

export const scenarioPath = workspacePath.extend({
  scenarioId: idSchema.meta({ param: { description: 'The scenario’s id.' } }),
});

export const revisionPath = scenarioPath.extend({
  version: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .meta({ param: { description: 'The revision’s version number.' }, example: '2' }),
});

export const ifMatchHeader = z.object({
  'if-match': z.string().meta({
    description: 'The version you read, as its ETag (e.g. "3"). Without it: 428.',
    example: '"3"',
  }),
});

export const etagHeader = z.object({
  ETag: z.string().meta({ description: 'The version, e.g. "3".', example: '"3"' }),
});

/** The problems every saved-work endpoint can answer with, beyond the common ones. */
export const savedProblems: ZodOpenApiResponsesObject = {
  '401': problemResponse(
    'ORGWISE_API_KEY is set and the request has no or the wrong "Authorization: Bearer <key>".',
  ),
  '404': problemResponse('No such workspace, scenario or revision (or a malformed id).'),
};

/** The problems of a change guarded by If-Match. */
export const preconditionProblems: ZodOpenApiResponsesObject = {
  '412': problemResponse(
    'The resource has changed since you read it (type /api/problems/version-mismatch): `currentVersion` and `current` give it as it is now, and the ETag header its version. Nothing was changed.',
  ),
  '428': problemResponse(
    'No If-Match header (type /api/problems/if-match-required): say which version you are changing.',
  ),
};
