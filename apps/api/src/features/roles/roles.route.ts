import { cite, roleCatalogue, titleAliases } from '@orgwise/domain';
import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { route } from '../../http/routes.js';
import { staticJson } from '../../http/static-json.js';
import { commonProblems, notModified } from '../../openapi/responses.js';
import { type RolesResponse, rolesResponseSchema } from './roles-schema.js';

/** The catalogue as published: the domain's definitions with their aliases and cited sources. */
export function describeRoles(): RolesResponse {
  return {
    roles: roleCatalogue.map((role) => ({
      id: role.id,
      name: role.name,
      shortName: role.shortName,
      level: role.level,
      rank: role.rank,
      executive: role.executive,
      unique: role.unique,
      focus: [...role.focus],
      usualManagers: [...role.usualManagers],
      summary: role.summary,
      aliases: {
        en: [...titleAliases[role.id].en],
        da: [...titleAliases[role.id].da],
        nl: [...titleAliases[role.id].nl],
      },
      sources: cite(role.sources),
    })),
  };
}

export function rolesRoutes(): Router {
  const router = Router();
  route(router, '/v1/roles', { get: staticJson(describeRoles()) });
  return router;
}

export const rolesPaths: ZodOpenApiPathsObject = {
  '/api/v1/roles': {
    get: {
      operationId: 'listRoles',
      tags: ['Reference'],
      summary: 'The role catalogue',
      description:
        'Canonical role ids with names, the titles recognised as each (English, Danish, Dutch), focus, usual managers and sources.',
      responses: {
        '200': {
          description: 'The role catalogue.',
          content: { 'application/json': { schema: rolesResponseSchema } },
        },
        ...notModified,
        ...commonProblems,
      },
    },
  },
};
