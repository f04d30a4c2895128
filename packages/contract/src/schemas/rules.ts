import type { RuleDescription } from '@orgwise/domain';
import { z } from 'zod';
import { severitySchema } from './report.js';
import type { Equal } from './type-equality.js';

export const ruleSchema = z
  .object({
    id: z.string(),
    description: z.string().meta({ description: 'One line: when the rule fires.' }),
    category: z.enum(['structure', 'roles', 'shape']).meta({
      description:
        'What the rule checks: the chart’s structure (ids, managers, cycles), the roles’ reporting lines, or its shape (spans, layers). The same in every language.',
    }),
    defaultSeverity: severitySchema,
    rationale: z.string().meta({ description: 'Why the rule exists.' }),
    suggests: z.boolean().meta({ description: 'Whether its findings carry suggested patches.' }),
    options: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'JSON Schema of the options, or null when the rule takes none.' }),
    defaults: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'The options’ default values, or null when the rule takes none.' }),
    sources: z.array(z.string()),
  })
  .meta({ id: 'Rule', description: 'A rule, its default severity and its options.' });

export const rulesResponseSchema = z
  .object({ rules: z.array(ruleSchema) })
  .meta({ id: 'RuleCatalogue', description: 'Every rule, sorted by id.' });

true satisfies Equal<z.output<typeof ruleSchema>, RuleDescription>;
