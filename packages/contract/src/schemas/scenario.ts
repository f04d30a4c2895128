import { chartSchema, patchSchema } from '@orgwise/domain';
import { z } from 'zod';
import { requestEnvelope } from './request-envelope.js';
import {
  idSchema,
  labelSchema,
  textSchema,
  timestampSchema,
  versionSchema,
} from './saved-fields.js';

const name = labelSchema('The name').meta({ example: 'Option A: split CIO and CTO' });
const description = textSchema('The description', 5_000);
const derivedFrom = idSchema.nullable().meta({
  description: 'The scenario of the same workspace that this one was derived from, or null.',
});

const scenarioMembers = {
  id: idSchema,
  workspaceId: idSchema,
  name: z.string(),
  description: z.string(),
  derivedFrom: z.string().nullable().meta({
    description:
      'The scenario this one was derived from (null when none, or when that one was deleted).',
  }),
};

export const scenarioSchema = z
  .object({
    ...scenarioMembers,
    chart: chartSchema,
    version: versionSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({
    id: 'Scenario',
    description:
      'A saved option for the structure, with its current chart. Each save is a revision; older revisions are thinned with age.',
  });

export const scenarioSummarySchema = z
  .object({
    ...scenarioMembers,
    position: z.number().int().nonnegative().meta({
      description: '0-based place in the workspace’s order (PUT …/scenario-order changes it).',
    }),
    positionCount: z.number().int().nonnegative().meta({
      description: 'How many positions the current chart has.',
    }),
    version: versionSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'ScenarioSummary', description: 'A scenario without its chart, for lists.' });

export const scenarioListSchema = z
  .object({ scenarios: z.array(scenarioSummarySchema) })
  .meta({ id: 'ScenarioList', description: 'The workspace’s scenarios in their order.' });

export const createScenarioRequestSchema = requestEnvelope({
  name: name.optional().meta({
    description: 'Default: “Copy of <name>” for a duplicate, otherwise “Untitled scenario”.',
  }),
  description: description.optional(),
  chart: chartSchema.optional().meta({ description: 'The chart to start from.' }),
  duplicateOf: idSchema.optional().meta({
    description: 'A scenario of the workspace to copy (its chart); the copy is derived from it.',
  }),
  version: versionSchema.optional().meta({
    description: 'With duplicateOf: copy this revision instead of the current one.',
  }),
  derivedFrom: derivedFrom.optional(),
})
  .superRefine((body, ctx) => {
    if (body.chart !== undefined && body.duplicateOf !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOf'],
        message: 'Send either "chart" or "duplicateOf", not both',
      });
    }
    if (body.version !== undefined && body.duplicateOf === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['version'],
        message: '"version" picks the revision of the scenario named by "duplicateOf"; send both',
      });
    }
    if (body.derivedFrom != null && body.duplicateOf !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['derivedFrom'],
        message: 'A duplicate is derived from the scenario it copies; leave "derivedFrom" out',
      });
    }
  })
  .meta({
    id: 'CreateScenarioRequest',
    description:
      'A new scenario: empty (no chart and no duplicateOf), from a chart, or a copy of another scenario of the workspace (duplicateOf).',
  });

const updatableMembers = '"name", "description", "chart", "patch", "derivedFrom"';

export const updateScenarioRequestSchema = requestEnvelope({
  name: name.optional(),
  description: description.optional(),
  chart: chartSchema.optional().meta({ description: 'The new chart, whole.' }),
  patch: patchSchema.optional().meta({
    description:
      'Operations to apply to the saved chart, in order (instead of sending the whole chart).',
  }),
  derivedFrom: derivedFrom.optional(),
})
  .superRefine((body, ctx) => {
    if (Object.keys(body).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Send at least one of ${updatableMembers}`,
      });
    }
    if (body.chart !== undefined && body.patch !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['patch'],
        message: 'Send either the whole "chart" or a "patch" to it, not both',
      });
    }
  })
  .meta({
    id: 'UpdateScenarioRequest',
    description: `The members to change (${updatableMembers}); those left out keep their value. Each save is a new revision.`,
  });

export const scenarioOrderRequestSchema = requestEnvelope({
  scenarioIds: z
    .array(idSchema, { error: '"scenarioIds" must be a list of scenario ids' })
    .max(10_000)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      for (const [index, id] of ids.entries()) {
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice` });
        }
        seen.add(id);
      }
    })
    .meta({ description: 'Every scenario of the workspace, once, in the new order.' }),
}).meta({ id: 'ScenarioOrderRequest', description: 'The new order of the workspace’s scenarios.' });

export type CreateScenarioRequest = z.output<typeof createScenarioRequestSchema>;
export type UpdateScenarioRequest = z.output<typeof updateScenarioRequestSchema>;

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioSummary = z.output<typeof scenarioSummarySchema>;
