import { z } from 'zod';
import { problemTypeSchema } from '../schemas/problem.js';
import { problemTypes } from '../schemas/problem-types.js';
import { rolesResponseSchema } from '../schemas/roles.js';
import { rulesResponseSchema } from '../schemas/rules.js';
import { defineEndpoint } from './endpoint.js';
import { localizedResponse } from './language.js';
import { commonProblems, notModified, problemResponse } from './responses.js';

export const listRoles = defineEndpoint({
  operationId: 'listRoles',
  method: 'get',
  path: '/api/v1/roles',
  auth: 'open',
  tags: ['Reference'],
  summary: 'The role catalogue',
  description:
    'Canonical role ids with names, the titles recognised as each (English, Danish, Dutch), focus, usual managers and sources. Names, short forms and summaries follow Accept-Language; ids, aliases and sources do not.',
  request: { acceptLanguage: true },
  responses: {
    '200': localizedResponse({
      description: 'The role catalogue.',
      content: { 'application/json': { schema: rolesResponseSchema } },
    }),
    ...notModified,
    ...commonProblems,
  },
});

export const listRules = defineEndpoint({
  operationId: 'listRules',
  method: 'get',
  path: '/api/v1/rules',
  auth: 'open',
  tags: ['Reference'],
  summary: 'Every rule',
  description:
    'Each rule’s id, category, default severity, description, rationale, options (JSON Schema and defaults) and sources. Use the ids and options in the `rules` settings of validate and apply. Descriptions and rationales follow Accept-Language.',
  request: { acceptLanguage: true },
  responses: {
    '200': localizedResponse({
      description: 'The rules, sorted by id.',
      content: { 'application/json': { schema: rulesResponseSchema } },
    }),
    ...notModified,
    ...commonProblems,
  },
});

export const getProblemType = defineEndpoint({
  operationId: 'getProblemType',
  method: 'get',
  path: '/api/problems/{slug}',
  auth: 'open',
  tags: ['Reference'],
  summary: 'What a problem type means',
  description:
    'The `type` of a problem document such as /api/problems/invalid-request resolves here.',
  request: {
    path: z.object({
      slug: z
        .enum([...problemTypes.keys()] as [string, ...string[]])
        .meta({ description: 'The last segment of the problem `type`.' }),
    }),
  },
  responses: {
    '200': {
      description: 'The problem type.',
      content: { 'application/json': { schema: problemTypeSchema } },
    },
    '404': problemResponse('No such problem type.'),
    ...commonProblems,
  },
});
