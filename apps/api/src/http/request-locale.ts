import { defaultLocale, isLocale, type Locale } from '@orgwise/domain';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';

/**
 * The language of the answer, from Accept-Language with its q-values (negotiator, Express's own):
 * 'da-DK' and 'nl-BE' match Danish and Dutch, `*` and anything unknown give English.
 */
export function requestLocale(req: Request): Locale {
  return askedLocale(req) ?? defaultLocale;
}

/**
 * The language Accept-Language names, or undefined when it names none that Orgwise speaks (or is
 * absent, or only `*`): then the answer may fall back on a language of its own choosing, such as
 * a shared workspace's.
 */
export function askedLocale(req: Request): Locale | undefined {
  // Most clients of the API send no Accept-Language: no parse.
  if (req.headers['accept-language'] === undefined) return undefined;
  // Without a list of its own, negotiator gives the languages asked for, best first, q=0 left out.
  for (const tag of new Negotiator(req).languages()) {
    const language = tag.split('-', 1)[0]!.toLowerCase();
    if (isLocale(language)) return language;
  }
  return undefined;
}

/** Says which language the answer is in, and that it depends on Accept-Language (for caches). */
export function answerIn(res: Response, locale: Locale): void {
  res.setHeader('Content-Language', locale);
  res.vary('Accept-Language');
}
