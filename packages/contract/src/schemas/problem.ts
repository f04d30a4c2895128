import { z } from 'zod';

export const inputIssueSchema = z
  .object({
    path: z.array(z.union([z.string(), z.number().int()])).meta({
      description: 'Where in the request body: keys and array indices, outermost first.',
      example: ['chart', 'positions', 2, 'title'],
    }),
    message: z.string().meta({ example: 'Title must be a string' }),
  })
  .meta({ id: 'InputIssue', description: 'One place where the request body is wrong, and why.' });

/** RFC 9457 problem document, as every error response of the API is. */
export const problemSchema = z
  .looseObject({
    type: z.string().meta({
      description:
        '"about:blank" when the status says it all, otherwise /api/problems/<slug> (GET it for a description).',
    }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional().meta({ description: 'The path of the request.' }),
    requestId: z
      .string()
      .optional()
      .meta({ description: 'The id of the request in the server log (also in X-Request-Id).' }),
    errors: z
      .array(inputIssueSchema)
      .optional()
      .meta({ description: 'Input errors, at most 100; `errorCount` gives the total when cut.' }),
    errorCount: z.number().int().optional(),
    limit: z
      .number()
      .int()
      .optional()
      .meta({ description: 'The limit that was exceeded (bytes or positions).' }),
    currentVersion: z.number().int().optional().meta({
      description: 'A 412 version mismatch: the version that is stored now.',
    }),
    current: z.unknown().optional().meta({
      description:
        'A 412 version mismatch: the resource as it is stored now (a Workspace or a Scenario), so that a client can show what changed.',
    }),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem document (media type application/problem+json).',
  });

export const problemTypeSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    description: z.string(),
  })
  .meta({ id: 'ProblemType', description: 'What a problem type means and what to do about it.' });
