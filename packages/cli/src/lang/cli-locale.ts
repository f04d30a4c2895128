import { defaultLocale, type Locale, matchLocale } from '@orgwise/domain';
import type { CliIo } from '../io.js';

/**
 * The language of the report: --lang when given, else the environment's locale as POSIX reads
 * it (LC_ALL over LC_MESSAGES over LANG: `da_DK.UTF-8` is Danish), else English. The C and POSIX
 * locales, and languages Orgwise does not speak, are English.
 */
export function cliLocale(lang: Locale | undefined, env: CliIo['env']): Locale {
  if (lang !== undefined) return lang;
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return posix === undefined ? defaultLocale : matchLocale(posix);
}
