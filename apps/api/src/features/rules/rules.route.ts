import { endpoints, type rulesResponseSchema } from '@orgwise/contract';
import { describeRules, locales } from '@orgwise/domain';
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { type Implementation, implement } from '../../http/implement.js';
import { answerIn, requestLocale } from '../../http/request-locale.js';
import { staticJson } from '../../http/static-json.js';

/** The rule list in each language, made once: descriptions and rationales as Accept-Language asks. */
export function rulesRoutes(): Implementation[] {
  const answers = new Map<string, RequestHandler>();
  for (const locale of locales) {
    const rules: z.output<typeof rulesResponseSchema> = { rules: describeRules({ locale }) };
    answers.set(locale, staticJson(rules));
  }
  return [
    implement(endpoints.listRules, (req, res, next) => {
      const locale = requestLocale(req);
      answerIn(res, locale);
      answers.get(locale)!(req, res, next);
    }),
  ];
}
