import { chartSchema, patchSchema } from '@orgwise/domain';
import { z } from 'zod';
import { validationReportSchema } from './report.js';
import { requestEnvelope } from './request-envelope.js';
import { ruleSettingsField } from './rule-settings-field.js';

export const applyRequestSchema = requestEnvelope({
  chart: chartSchema,
  patch: patchSchema.meta({
    description: 'Operations applied in order, e.g. the patch of a finding’s suggestion.',
  }),
  rules: ruleSettingsField.optional(),
}).meta({
  id: 'ApplyRequest',
  description:
    'A chart, a patch to apply to it and, optionally, the rule settings for the new report.',
});

export const applyResponseSchema = z
  .object({
    chart: chartSchema,
    report: validationReportSchema,
  })
  .meta({ id: 'ApplyResponse', description: 'The patched chart and its validation report.' });

export type ApplyRequest = z.output<typeof applyRequestSchema>;
