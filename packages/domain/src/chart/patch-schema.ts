import { z } from 'zod';
import { positionIdSchema, positionSchema, roleIdSchema, scopeSchema } from './schema.js';

// Patch operations of contract §3: the serialisable form of every suggestion, applied by one pure
// function (applyPatch) that the API, the CLI and the web app share.

export const setReportsToOpSchema = z.object({
  op: z.literal('setReportsTo'),
  positionId: positionIdSchema,
  reportsTo: positionIdSchema.nullable(),
});

export const setRolesOpSchema = z.object({
  op: z.literal('setRoles'),
  positionId: positionIdSchema,
  roles: z.array(roleIdSchema),
});

export const updatePositionOpSchema = z.object({
  op: z.literal('updatePosition'),
  positionId: positionIdSchema,
  changes: z.strictObject({
    title: z.string().optional(),
    holder: z.string().nullable().optional(),
    vacant: z.boolean().optional(),
    interim: z.boolean().optional(),
    /** What the position leads; null removes the field, so that the title and chart decide again. */
    scope: scopeSchema.nullable().optional(),
  }),
});

export const addPositionOpSchema = z.object({
  op: z.literal('addPosition'),
  position: positionSchema,
});

export const removePositionOpSchema = z.object({
  op: z.literal('removePosition'),
  positionId: positionIdSchema,
  reassignTo: positionIdSchema.nullable().optional(),
});

export const mergePositionsOpSchema = z.object({
  op: z.literal('mergePositions'),
  keepId: positionIdSchema,
  removeId: positionIdSchema,
  title: z.string().optional(),
});

/** Extension of the contract: dotted (matrix) lines have no other way to change. */
export const addDottedLineOpSchema = z.object({
  op: z.literal('addDottedLine'),
  from: positionIdSchema,
  to: positionIdSchema,
});

/** Extension of the contract: removes every dotted line from `from` to `to`. */
export const removeDottedLineOpSchema = z.object({
  op: z.literal('removeDottedLine'),
  from: positionIdSchema,
  to: positionIdSchema,
});

export const patchOpSchema = z.discriminatedUnion('op', [
  setReportsToOpSchema,
  setRolesOpSchema,
  updatePositionOpSchema,
  addPositionOpSchema,
  removePositionOpSchema,
  mergePositionsOpSchema,
  addDottedLineOpSchema,
  removeDottedLineOpSchema,
]);

export const patchSchema = z.array(patchOpSchema);

export type PatchOp = z.infer<typeof patchOpSchema>;
export type Patch = PatchOp[];
