import { endpoints, type RolesResponse } from '@orgwise/contract';
import {
  cite,
  defaultLocale,
  type Locale,
  locales,
  roleCatalogue,
  roleTexts,
  titleAliases,
} from '@orgwise/domain';
import type { RequestHandler } from 'express';
import { type Implementation, implement } from '../../http/implement.js';
import { answerIn, requestLocale } from '../../http/request-locale.js';
import { staticJson } from '../../http/static-json.js';

/**
 * The catalogue as published: the domain's definitions with their aliases and cited sources, the
 * names and summaries in `locale`.
 */
export function describeRoles(locale: Locale = defaultLocale): RolesResponse {
  return {
    roles: roleCatalogue.map((role) => ({
      id: role.id,
      ...roleTexts(role, locale),
      level: role.level,
      rank: role.rank,
      executive: role.executive,
      unique: role.unique,
      focus: [...role.focus],
      usualManagers: [...role.usualManagers],
      aliases: {
        en: [...titleAliases[role.id].en],
        da: [...titleAliases[role.id].da],
        nl: [...titleAliases[role.id].nl],
      },
      sources: cite(role.sources),
    })),
  };
}

/** The catalogue in each language, made once; Accept-Language chooses. */
export function rolesRoutes(): Implementation[] {
  const answers = new Map<Locale, RequestHandler>(
    locales.map((locale) => [locale, staticJson(describeRoles(locale))]),
  );
  return [
    implement(endpoints.listRoles, (req, res, next) => {
      const locale = requestLocale(req);
      answerIn(res, locale);
      answers.get(locale)!(req, res, next);
    }),
  ];
}
