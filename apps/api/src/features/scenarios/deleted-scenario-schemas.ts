import { z } from 'zod';
import { idSchema, timestampSchema, versionSchema } from '../../schemas/saved-fields.js';
import type { Equal } from '../../schemas/type-equality.js';
import type { DeletedScenario } from '../../storage/records.js';

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

true satisfies Equal<z.output<typeof deletedScenarioSchema>, DeletedScenario>;
