import { chartSchema } from '@orgwise/domain';
import { z } from 'zod';
import { idSchema, maxDatabaseInteger, timestampSchema, versionSchema } from './saved-fields.js';

const summaryMembers = {
  version: versionSchema,
  name: z.string().meta({ description: 'The scenario’s name as saved in this revision.' }),
  description: z.string(),
  positionCount: z.number().int().nonnegative(),
  kind: z.enum(['created', 'updated', 'restored']).meta({
    description: 'How the revision came about: the scenario was created, saved, or restored.',
  }),
  restoredFrom: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'For a restore: the version that was brought back.' }),
  createdAt: timestampSchema,
};

export const revisionSummarySchema = z
  .object(summaryMembers)
  .meta({ id: 'RevisionSummary', description: 'A saved state of a scenario, without its chart.' });

export const revisionListSchema = z
  .object({
    revisions: z.array(revisionSummarySchema).meta({ description: 'Newest first.' }),
    nextBefore: z.number().int().nullable().meta({
      description:
        'Send it as `before` to get the next (older) page; null when this page is the last.',
    }),
  })
  .meta({ id: 'RevisionList', description: 'A page of a scenario’s revisions, newest first.' });

export const revisionSchema = z
  .object({ scenarioId: idSchema, ...summaryMembers, chart: chartSchema })
  .meta({ id: 'Revision', description: 'A saved state of a scenario, with its chart.' });

export const revisionPageQuerySchema = z.strictObject(
  {
    limit: z
      .string()
      .regex(/^\d+$/, '"limit" must be a whole number')
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, '"limit" must be at least 1')
          .max(1000, '"limit" must be at most 1000'),
      )
      .optional()
      .meta({ description: 'Revisions per page (1–1000, default 100).' }),
    before: z
      .string()
      .regex(/^\d+$/, '"before" must be a version number')
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, '"before" must be at least 1')
          .max(maxDatabaseInteger, `"before" must be at most ${maxDatabaseInteger}`),
      )
      .optional()
      .meta({ description: 'Only revisions older than this version (the nextBefore of a page).' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'Unknown query parameter; this endpoint takes "limit", "before"'
        : undefined,
  },
);

export type RevisionSummary = z.output<typeof revisionSummarySchema>;
export type RevisionKind = RevisionSummary['kind'];
export type RevisionList = z.output<typeof revisionListSchema>;
export type Revision = z.output<typeof revisionSchema>;
