import express, { type RequestHandler } from 'express';
import { checkJsonShape } from './json-shape.js';
import { inputProblem, statusProblem, typedProblem } from './problem.js';

export interface JsonBodyLimits {
  /** Largest body in bytes, after decompression. */
  bodyLimit: number;
  /** Deepest nesting of arrays and objects. */
  maxJsonDepth: number;
}

const jsonTypes = ['application/json', 'application/*+json'];

/**
 * The body parsing every JSON endpoint shares (and the benchmark's echo baseline too): a 415 for
 * other content types, the size limit, JSON.parse, then a check of nesting depth and `__proto__`
 * keys. Afterwards `req.body` is plain JSON data that is safe to echo and to copy.
 */
export function jsonBody(limits: JsonBodyLimits): RequestHandler[] {
  const parse = express.json({
    limit: limits.bodyLimit,
    // Any JSON value parses; the endpoint's schema then says that it wants an object, which is
    // clearer than body-parser's strict mode calling `null` invalid JSON.
    strict: false,
    type: jsonTypes,
  });
  return [
    (req, _res, next) => {
      // Without a body there is nothing to mistype: the endpoint's schema then says what to send.
      const empty = req.headers['content-length'] === '0' || req.is(jsonTypes) === null;
      if (!empty && req.is(jsonTypes) === false) {
        throw statusProblem(
          415,
          `Send the body as JSON with "Content-Type: application/json" (got "${req.get('content-type') ?? 'no content type'}").`,
          {},
          { 'Accept-Post': 'application/json' },
        );
      }
      next();
    },
    parse,
    (req, _res, next) => {
      const problem = checkJsonShape(req.body, limits.maxJsonDepth);
      if (problem?.kind === 'too-deep') {
        throw typedProblem(
          'invalid-json',
          `The JSON is nested deeper than ${limits.maxJsonDepth} levels of arrays and objects.`,
        );
      }
      if (problem?.kind === 'forbidden-key') {
        throw inputProblem('invalid-request', 'The request body contains a forbidden key.', [
          {
            path: problem.path,
            message: `The key "__proto__" is not allowed: JavaScript gives it a special meaning, so it could not be kept as data.`,
          },
        ]);
      }
      next();
    },
  ];
}
