import { z } from 'zod';
import { idSchema, timestampSchema, versionSchema } from './saved-fields.js';

/** How long a deleted scenario is kept, with its revisions, before it is erased for good. */
export const DELETED_SCENARIO_DAYS = 30;

export const deletedScenarioSchema = z
  .object({
    id: idSchema,
    workspaceId: idSchema,
    name: z.string(),
    description: z.string(),
    positionCount: z.number().int().nonnegative().meta({
      description: 'How many positions its chart had when it was deleted.',
    }),
    version: versionSchema.meta({
      description: 'Its version when deleted: POST …/restore names it in If-Match.',
    }),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    deletedAt: timestampSchema,
    erasedAt: timestampSchema.meta({
      description: 'When it is erased for good, with its revisions, unless brought back before.',
    }),
  })
  .meta({
    id: 'DeletedScenario',
    description:
      'A deleted scenario, kept with its revisions so that it can be brought back until erasedAt.',
  });

export const deletedScenarioListSchema = z
  .object({ scenarios: z.array(deletedScenarioSchema) })
  .meta({
    id: 'DeletedScenarioList',
    description:
      'The workspace’s deleted scenarios that can still be brought back, the latest deleted first.',
  });

/** A deleted scenario, which can be brought back until `erasedAt`. */
export type DeletedScenario = z.output<typeof deletedScenarioSchema>;
