import { locales } from '@orgwise/domain';
import { z } from 'zod';
import type { ResponseSpec } from './endpoint.js';

// The language of an answer's human texts (findings, fix titles, rule descriptions): asked for
// with Accept-Language, said with Content-Language. Ids, keys and data never change with it.

export const acceptLanguageHeader = z.object({
  'accept-language': z.string().optional().meta({
    description:
      'The languages you read, with q-values: English (`en`, the default), Danish (`da`) or Dutch (`nl`); `da-DK` and `nl-BE` match too. Messages, fix titles and rule descriptions come in the best match; ids and data do not change.',
    example: 'da-DK, da;q=0.9, en;q=0.5',
  }),
});

export const contentLanguageHeader = z.object({
  'Content-Language': z
    .enum(locales)
    .meta({ description: 'The language of the answer’s texts.', example: 'da' }),
});

/** A success answer whose texts follow Accept-Language: it says their language. */
export function localizedResponse<Spec extends ResponseSpec>(
  spec: Spec,
): Spec & { headers: z.ZodObject } {
  return {
    ...spec,
    headers:
      spec.headers === undefined
        ? contentLanguageHeader
        : spec.headers.extend(contentLanguageHeader.shape),
  };
}
