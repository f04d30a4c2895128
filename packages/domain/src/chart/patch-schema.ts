import { z } from 'zod';
import {
  businessModelSchema,
  positionIdSchema,
  positionSchema,
  roleIdSchema,
  scopeSchema,
  sectorSchema,
} from './schema.js';

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
  /**
   * Extension of the contract: where in the chart's list of positions it goes (0-based; default
   * and beyond the end: last). Undoing a removal puts the position back where it was, so that the
   * drawing and the order of findings come back too.
   */
  at: z.number().int().nonnegative().optional(),
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

/**
 * Extension of the contract: drops a position's hand-chosen roles, so that they are recognised
 * from its title again (`setRoles` with an empty list would say "no role").
 */
export const resetRolesOpSchema = z.object({
  op: z.literal('resetRoles'),
  positionId: positionIdSchema,
});

/**
 * Extension of the contract: the position with `position.id` becomes exactly `position` (fields it
 * does not give are removed; a manager it names need not exist, that is a finding). For what the
 * other operations cannot say, such as an HR export's extra fields; an editor's undo uses it.
 */
export const replacePositionOpSchema = z.object({
  op: z.literal('replacePosition'),
  position: positionSchema,
});

/**
 * Extension of the contract: sets company fields; null removes one (its rules then skip). A
 * company left without fields is removed.
 */
export const updateCompanyOpSchema = z.object({
  op: z.literal('updateCompany'),
  changes: z.looseObject({
    name: z.string().nullable().optional(),
    headcount: z.number().int().nonnegative().nullable().optional(),
    businessModel: businessModelSchema.nullable().optional(),
    sector: sectorSchema.nullable().optional(),
  }),
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
  resetRolesOpSchema,
  replacePositionOpSchema,
  updateCompanyOpSchema,
]);

export const patchSchema = z.array(patchOpSchema);

export type PatchOp = z.infer<typeof patchOpSchema>;
export type Patch = PatchOp[];
