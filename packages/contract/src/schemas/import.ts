import { chartSchema } from '@orgwise/domain';
import { z } from 'zod';
import { validationReportSchema } from './report.js';

/** The formats POST /api/v1/import reads, as the `format` query names them. */
export const importFormatNames = ['scim', 'msgraph', 'google-directory', 'csv', 'xlsx'] as const;

export const importQuerySchema = z.strictObject({
  format: z
    .enum(importFormatNames, {
      error: (issue) =>
        issue.input === undefined
          ? `Name the document's format: ?format=${importFormatNames.join('|')}`
          : `Unknown format; expected one of ${importFormatNames.join(', ')}`,
    })
    .meta({
      description:
        'scim: a SCIM 2.0 ListResponse of Users (or an array of its pages); msgraph: Microsoft Graph `GET /users` with `$expand=manager` or `directReports` (or an array of pages); google-directory: the Admin SDK Directory `users.list` answer (or an array of pages); csv and xlsx: a row per position, columns mapped from their headers (English, Danish, Dutch).',
    }),
});

export const importIssueSchema = z
  .object({
    where: z
      .string()
      .meta({ description: 'The place in the document: a member path, or a row and column.' }),
    why: z.string().meta({ description: 'What could not be mapped, and what was done instead.' }),
  })
  .meta({ id: 'ImportIssue' });

export const directoryDocumentSchema = z
  .union([z.looseObject({}), z.array(z.looseObject({}))])
  .meta({
    description:
      'The directory’s answer as it returned it, or its pages in an array (in fetch order).',
  });

export const importResponseSchema = z
  .object({
    chart: chartSchema,
    issues: z.array(importIssueSchema).meta({
      description:
        'What of the document could not be mapped: disabled accounts left out, duplicates, managers nobody in the document is, missing pages.',
    }),
    report: validationReportSchema,
  })
  .meta({
    id: 'ImportResponse',
    description: 'The chart read from the document, what could not be mapped, and its report.',
  });

export type ImportIssue = z.output<typeof importIssueSchema>;
