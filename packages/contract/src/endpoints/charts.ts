import { applyRequestSchema, applyResponseSchema } from '../schemas/apply.js';
import { exampleChart, examplePatch, exampleReport, exampleRules } from '../schemas/examples.js';
import { validationReportSchema } from '../schemas/report.js';
import { validateRequestSchema } from '../schemas/validate.js';
import { defineEndpoint } from './endpoint.js';
import { localizedResponse } from './language.js';
import { bodyProblems, problemResponse } from './responses.js';

const notAChart = problemResponse(
  'The body is not valid JSON, or does not match the schema (the errors list says where).',
);

export const validateChart = defineEndpoint({
  operationId: 'validateChart',
  method: 'post',
  path: '/api/v1/validate',
  auth: 'open',
  tags: ['Charts'],
  summary: 'Check a chart against the rules',
  description:
    'Runs every enabled rule over the chart. Problems in the chart (cycles, unknown managers, misplaced roles) are findings in a 200 report; only a body that is not a chart is an error.',
  request: {
    acceptLanguage: true,
    body: {
      mediaType: 'application/json',
      required: true,
      schema: validateRequestSchema,
      examples: {
        contract: {
          summary: 'The example chart of the contract',
          value: { chart: exampleChart },
        },
        withRules: {
          summary: 'The same chart with rule settings',
          value: { chart: exampleChart, rules: exampleRules },
        },
      },
    },
  },
  responses: {
    '200': localizedResponse({
      description: 'The findings, a summary and metrics of the chart.',
      content: {
        'application/json': { schema: validationReportSchema, example: exampleReport },
      },
    }),
    '400': notAChart,
    ...bodyProblems,
  },
});

export const applyPatch = defineEndpoint({
  operationId: 'applyPatch',
  method: 'post',
  path: '/api/v1/apply',
  auth: 'open',
  tags: ['Charts'],
  summary: 'Apply a patch to a chart and validate the result',
  description:
    'Applies the operations in order (the input chart is not changed) and returns the new chart with its report. A patch may create new findings (a cycle, say); those are in the report, not errors.',
  request: {
    acceptLanguage: true,
    body: {
      mediaType: 'application/json',
      required: true,
      schema: applyRequestSchema,
      examples: {
        merge: {
          summary: 'Merge the CIO into the CTO (the fix combine-cio-cto suggests)',
          value: { chart: exampleChart, patch: examplePatch },
        },
      },
    },
  },
  responses: {
    '200': localizedResponse({
      description: 'The patched chart and its validation report.',
      content: { 'application/json': { schema: applyResponseSchema } },
    }),
    '400': notAChart,
    '422': problemResponse(
      'An operation cannot apply to this chart (type /api/problems/patch-conflict); errors names it as ["patch", index, field].',
    ),
    ...bodyProblems,
  },
});
