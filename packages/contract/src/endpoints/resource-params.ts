import { z } from 'zod';
import { idSchema } from '../schemas/saved-fields.js';
import { shareTokenSchema } from '../schemas/share.js';

// The path parameters and headers of the saved-work and share-link endpoints.

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

export const linkPath = workspacePath.extend({
  linkId: idSchema.meta({ param: { description: 'The share link’s id (not its token).' } }),
});

export const tokenPath = z.object({
  token: shareTokenSchema.meta({ param: { description: 'The token of the share link.' } }),
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

/** An answer carrying the version of a saved resource as its ETag. */
export function versionedResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, headers: etagHeader, content: { 'application/json': { schema } } };
}
