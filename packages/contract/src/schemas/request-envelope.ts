import { z } from 'zod';

/**
 * The JSON object a POST endpoint takes. Unknown members are refused rather than ignored: a typo
 * such as "rule" for "rules" would otherwise silently validate with the default settings.
 */
export function requestEnvelope<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const members = Object.keys(shape)
    .map((key) => `"${key}"`)
    .join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown member; the body takes ${members}`
        : `The request body must be a JSON object with ${members}`,
  });
}
