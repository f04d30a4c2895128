import { defaultLocale, isLocale, type Locale, locales } from '@orgwise/domain';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';

const available = [...locales];

/**
 * The language of the answer, from Accept-Language with its q-values (negotiator, Express's own):
 * 'da-DK' and 'nl-BE' match Danish and Dutch, `*` and anything unknown give English.
 */
export function requestLocale(req: Request): Locale {
  // Most clients of the API send no Accept-Language: the answer is English without a parse.
  if (req.headers['accept-language'] === undefined) return defaultLocale;
  const [best] = new Negotiator(req).languages(available);
  return isLocale(best) ? best : defaultLocale;
}

/** Says which language the answer is in, and that it depends on Accept-Language (for caches). */
export function answerIn(res: Response, locale: Locale): void {
  res.setHeader('Content-Language', locale);
  res.vary('Accept-Language');
}
