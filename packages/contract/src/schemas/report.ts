import {
  type ChartMetrics,
  type Finding,
  patchSchema,
  type Suggestion,
  severities,
  type ValidationReport,
  type ValidationSummary,
} from '@orgwise/domain';
import { z } from 'zod';
import type { Equal } from './type-equality.js';

// The domain describes its report with TypeScript types only; these schemas document the same
// shapes in the OpenAPI document. The checks at the bottom fail to compile when the two drift apart.

export const severitySchema = z.enum(severities).meta({
  id: 'Severity',
  description: 'How serious a finding is: errors first, then warnings, then infos.',
});

export const messageDataSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
  .meta({
    id: 'MessageData',
    description:
      'The values of a message’s placeholders: position titles, names, ids and counts, the same in every language (a list is joined in the language of the text).',
  });

const messageIdSchema = z.string().meta({
  description:
    'The text’s id in the rule’s messages: the same in every language, for clients that write their own text.',
});

export const suggestionSchema = z
  .object({
    title: z.string().meta({
      description:
        'What the fix does, as a short imperative, in the language asked for (Accept-Language; English by default).',
    }),
    messageId: messageIdSchema,
    data: messageDataSchema,
    patch: patchSchema.meta({
      description: 'Operations that fix the finding; send them to POST /api/v1/apply.',
    }),
  })
  .meta({ id: 'Suggestion', description: 'A concrete fix for a finding.' });

export const findingSchema = z
  .object({
    ruleId: z.string().meta({ description: 'The rule that found the problem.' }),
    severity: severitySchema,
    message: z.string().meta({
      description:
        'What is wrong and why, in plain words, in the language asked for (Accept-Language: English, Danish or Dutch; English by default).',
    }),
    // Always in this API's answers; optional so that findings written by clients of the first
    // contract (without them) stay valid.
    messageId: messageIdSchema.optional(),
    data: messageDataSchema.optional(),
    positionIds: z
      .array(z.string())
      .meta({ description: 'The positions involved, the primary one first.' }),
    sources: z.array(z.string()).meta({ description: 'Why the rule exists: its sources.' }),
    suggestions: z.array(suggestionSchema),
  })
  .meta({ id: 'Finding', description: 'One problem the rules found in the chart.' });

export const summarySchema = z
  .object({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
  })
  .meta({ id: 'ValidationSummary', description: 'How many findings of each severity.' });

export const metricsSchema = z
  .object({
    positions: z.number().int().nonnegative(),
    layers: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Depth of the deepest reporting chain, counting its top as layer 1.' }),
    maxSpan: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Most direct reports of any manager.' }),
    meanSpan: z.number().nonnegative().meta({
      description: 'Mean direct reports over the positions that have any (0 when none do).',
    }),
    vacancies: z.number().int().nonnegative(),
    interim: z.number().int().nonnegative(),
  })
  .meta({ id: 'ChartMetrics', description: 'Shape figures of the chart.' });

export const validationReportSchema = z
  .object({
    findings: z.array(findingSchema).meta({
      description:
        'Sorted by severity (errors first), then by the chart order of the primary position.',
    }),
    summary: summarySchema,
    metrics: metricsSchema,
    omittedFindings: z
      .array(
        z.object({
          ruleId: z.string(),
          count: z.number().int().positive().meta({ description: 'Findings left out.' }),
        }),
      )
      .optional()
      .meta({
        description:
          'Present only when a rule found more than the server lists (MAX_FINDINGS_PER_RULE, default 100): the first of its findings are in `findings`, and here, per rule, how many more there were. `summary` counts them all.',
      }),
  })
  .meta({ id: 'ValidationReport', description: 'What the rules found in a chart.' });

true satisfies Equal<z.output<typeof severitySchema>, Finding['severity']>;
true satisfies Equal<z.output<typeof suggestionSchema>, Suggestion>;
true satisfies Equal<z.output<typeof findingSchema>, Finding>;
true satisfies Equal<z.output<typeof summarySchema>, ValidationSummary>;
true satisfies Equal<z.output<typeof metricsSchema>, ChartMetrics>;
/** How many findings of one rule were left out of a report, beyond the per-rule limit. */
export interface OmittedFindings {
  ruleId: string;
  count: number;
}

/** A report whose findings may be cut (MAX_FINDINGS_PER_RULE); `summary` still counts every finding. */
export interface LimitedReport extends ValidationReport {
  /** Present only when findings were left out: per rule, how many. */
  omittedFindings?: OmittedFindings[];
}

true satisfies Equal<z.output<typeof validationReportSchema>, LimitedReport>;
