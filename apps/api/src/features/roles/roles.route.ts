import { endpoints, type RolesResponse } from '@orgwise/contract';
import { cite, roleCatalogue, titleAliases } from '@orgwise/domain';
import { type Implementation, implement } from '../../http/implement.js';
import { staticJson } from '../../http/static-json.js';

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

export function rolesRoutes(): Implementation[] {
  return [implement(endpoints.listRoles, staticJson(describeRoles()))];
}
