import { roleIdSchema } from '@orgwise/domain';
import { z } from 'zod';

const aliasList = z.array(z.string());

export const roleSchema = z
  .object({
    id: roleIdSchema,
    name: z
      .string()
      .meta({ description: 'In the language of Accept-Language ("Informationschef").' }),
    shortName: z.string().meta({
      description: 'The short form used in messages ("CTO", "It-chef"), in the language asked for.',
    }),
    level: z.enum(['board', 'ceo', 'c-level', 'vp-director', 'manager']),
    rank: z
      .number()
      .int()
      .meta({ description: '5 board, 4 CEO, 3 C-level, 2 VP/director, 1 manager.' }),
    executive: z.boolean().meta({ description: 'The CEO and the C-level roles.' }),
    unique: z.boolean().meta({ description: 'A company normally has one holder of this role.' }),
    focus: z.array(z.enum(['INT', 'EXT', 'GOV', 'OPS', 'STRAT'])).meta({
      description:
        'INT internal, EXT external (customers, products, market), GOV governance and assurance, OPS operational delivery, STRAT enterprise strategy.',
    }),
    usualManagers: z
      .array(roleIdSchema)
      .meta({ description: 'The roles this one usually reports to, most frequent first.' }),
    summary: z.string().meta({ description: 'In the language of Accept-Language.' }),
    aliases: z
      .object({ en: aliasList, da: aliasList, nl: aliasList })
      .meta({ description: 'Titles recognised as this role, by language, in normalised form.' }),
    sources: z.array(z.string()).meta({ description: 'Citations behind the role’s description.' }),
  })
  .meta({ id: 'Role', description: 'A canonical role of the role catalogue.' });

export const rolesResponseSchema = z
  .object({ roles: z.array(roleSchema) })
  .meta({ id: 'RoleCatalogue', description: 'Every canonical role, in the contract’s order.' });

export type RolesResponse = z.output<typeof rolesResponseSchema>;
