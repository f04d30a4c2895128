import { chartSchema } from '@orgwise/domain';
import type { z } from 'zod';
import { requestEnvelope } from './request-envelope.js';
import { ruleSettingsField } from './rule-settings-field.js';

export const validateRequestSchema = requestEnvelope({
  chart: chartSchema,
  rules: ruleSettingsField.optional(),
}).meta({
  id: 'ValidateRequest',
  description: 'A chart and, optionally, rule settings (rules not named keep their defaults).',
});

export type ValidateRequest = z.output<typeof validateRequestSchema>;
