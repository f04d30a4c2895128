import { z } from 'zod';
import { roleIds } from '../roles/role-ids.js';
import { sectors } from './sectors.js';

// The chart document of contract §1. These schemas are the single source of the TypeScript types,
// of the exported JSON Schema and of the API's OpenAPI document. Objects are loose so that unknown
// extra fields survive a round trip through parseChart and applyPatch.

/**
 * A value as an error message shows it: strings quoted and shortened (a 10 MB string must not come
 * back 10 MB long), objects and arrays named rather than printed.
 */
function quoted(input: unknown): string {
  if (typeof input === 'string') {
    const text = JSON.stringify(input.slice(0, 60));
    return input.length > 60 ? `${text.slice(0, -1)}…"` : text;
  }
  if (Array.isArray(input)) return 'an array';
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

const expectedType = (field: string, kind: string) => ({
  error: (issue: { input?: unknown }) => `${field} must be ${kind}, not ${quoted(issue.input)}`,
});

export const roleIdSchema = z.enum(roleIds, {
  error: (issue) => `Unknown role ${quoted(issue.input)}; expected one of ${roleIds.join(', ')}`,
});

export const positionIdSchema = z
  .string({ error: 'Position id must be a string' })
  .min(1, 'Position id must not be empty')
  .max(128, 'Position id must be at most 128 characters');

export const businessModelSchema = z.enum(['product', 'enterprise'], {
  error: (issue) =>
    `Unknown business model ${quoted(issue.input)}; expected "product" or "enterprise"`,
});

export const sectorSchema = z.enum(sectors, {
  error: (issue) => `Unknown sector ${quoted(issue.input)}; expected one of ${sectors.join(', ')}`,
});

export const scopeSchema = z.enum(['company', 'unit'], {
  error: (issue) => `Unknown scope ${quoted(issue.input)}; expected "company" or "unit"`,
});

export const companySchema = z
  .looseObject(
    {
      name: z.string(expectedType('Company name', 'a string')).optional(),
      headcount: z
        .number(expectedType('Headcount', 'a number'))
        .int('Headcount must be a whole number')
        .nonnegative('Headcount must not be negative')
        .optional(),
      businessModel: businessModelSchema.optional(),
      sector: sectorSchema.optional().meta({
        description:
          'The kind of organisation; when absent it is inferred from the titles and the name where they give it away ("Kommunaldirektør": public sector).',
      }),
    },
    expectedType('"company"', 'an object'),
  )
  .meta({
    description:
      'The company the chart belongs to. Rules that need a field skip when it is absent.',
  });

export const positionSchema = z
  .looseObject(
    {
      id: positionIdSchema,
      title: z.string({ error: 'Title must be a string' }),
      roles: z.array(roleIdSchema, expectedType('"roles"', 'an array of role ids')).optional(),
      reportsTo: positionIdSchema.nullable().optional(),
      holder: z.string(expectedType('Holder', 'a string or null')).nullable().optional(),
      vacant: z.boolean(expectedType('"vacant"', 'true or false')).optional(),
      interim: z.boolean(expectedType('"interim"', 'true or false')).optional(),
      scope: scopeSchema.optional().meta({
        description:
          'Whether the position leads the company (or group) or a unit of it (region, country, division, subsidiary, business unit). When absent it is read from the title and the chart: "Finance Director North" leads a unit, and so does everyone under a unit head.',
      }),
    },
    expectedType('A position', 'an object with "id" and "title"'),
  )
  .meta({
    description:
      'A box on the chart. `roles` are recognised from `title` when absent; `reportsTo` null or absent means top of the chart.',
  });

export const dottedLineSchema = z
  .looseObject(
    {
      from: positionIdSchema,
      to: positionIdSchema,
    },
    expectedType('A dotted line', 'an object with "from" and "to"'),
  )
  .meta({ description: 'A secondary (matrix) reporting line; never part of the tree.' });

export const chartSchema = z
  .looseObject(
    {
      version: z
        .literal(1, {
          error: (issue) =>
            `Unsupported chart version ${quoted(issue.input)}; this Orgwise reads version 1`,
        })
        .optional(),
      company: companySchema.optional(),
      positions: z.array(positionSchema, {
        error: (issue) =>
          issue.input === undefined
            ? 'A chart needs a "positions" array'
            : '"positions" must be an array',
      }),
      dottedLines: z
        .array(dottedLineSchema, expectedType('"dottedLines"', 'an array of { from, to } lines'))
        .optional(),
    },
    { error: 'A chart must be a JSON object with a "positions" array' },
  )
  .meta({
    title: 'Orgwise chart',
    description: 'An org chart: positions, each with at most one solid-line manager.',
  });

export type Chart = z.infer<typeof chartSchema>;
export type Position = z.infer<typeof positionSchema>;
export type DottedLine = z.infer<typeof dottedLineSchema>;
export type Company = z.infer<typeof companySchema>;
export type BusinessModel = z.infer<typeof businessModelSchema>;
export type PositionScope = z.infer<typeof scopeSchema>;
