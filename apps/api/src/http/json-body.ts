import { isUtf8 } from 'node:buffer';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { checkJsonShape } from './json-shape.js';
import { inputProblem, statusProblem, typedProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

export interface JsonBodyLimits {
  /** Largest body in bytes, after decompression. */
  bodyLimit: number;
  /** Deepest nesting of arrays and objects. */
  maxJsonDepth: number;
}

export const jsonTypes = ['application/json', 'application/*+json'];

const charsetParameter = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/**
 * Refuses a body that is not JSON, or JSON declared in another charset than UTF-8 (RFC 8259 §8.1:
 * JSON exchanged between systems is UTF-8): 415, before any of it is read. Without a body there
 * is nothing to mistype: the endpoint's schema then says what to send.
 */
export const jsonContentType: RequestHandler = (req, _res, next) => {
  const empty = req.headers['content-length'] === '0' || req.is(jsonTypes) === null;
  if (empty) {
    next();
    return;
  }
  if (req.is(jsonTypes) === false) {
    throw statusProblem(
      415,
      problemText('notJson', { contentType: shown(req.get('content-type')) }),
      {},
      { 'Accept-Post': 'application/json' },
    );
  }
  const charset = charsetParameter.exec(req.get('content-type') ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw statusProblem(
      415,
      problemText('notUtf8Charset', { charset: shown(charset) }),
      {},
      { 'Accept-Post': 'application/json' },
    );
  }
  next();
};

function shown(text: string | undefined): string {
  if (text === undefined) return 'no content type';
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/** The 400 for bytes that are not UTF-8: decoding would turn them into U+FFFD without a word. */
export function checkUtf8(_req: Request, _res: Response, bytes: Buffer): void {
  if (!isUtf8(bytes)) {
    throw statusProblem(400, problemText('notUtf8'));
  }
}

/**
 * The body parsing every JSON endpoint shares (and the benchmark's echo baseline too): a 415 for
 * other content types and charsets, the size limit, a 400 for bytes that are not UTF-8,
 * JSON.parse, then a check of nesting depth and `__proto__` keys. Afterwards `req.body` is plain JSON data that is safe to echo and to copy.
 */
export function jsonBody(limits: JsonBodyLimits): RequestHandler[] {
  const parse = express.json({
    limit: limits.bodyLimit,
    // Any JSON value parses; the endpoint's schema then says that it wants an object, which is
    // clearer than body-parser's strict mode calling `null` invalid JSON.
    strict: false,
    type: jsonTypes,
    verify: checkUtf8,
  });
  return [
    jsonContentType,
    parse,
    (req, _res, next) => {
      checkParsedJson(req.body, limits.maxJsonDepth);
      next();
    },
  ];
}

/**
 * The body read as bytes, for the endpoints that parse it where they check it (off the main
 * thread when it is large, src/checking): the same 415s, size limit and UTF-8 check as jsonBody.
 * `req.body` is then a Buffer, or undefined when the request has no JSON body.
 */
export function rawJsonBody(limits: Pick<JsonBodyLimits, 'bodyLimit'>): RequestHandler[] {
  return [
    jsonContentType,
    express.raw({ limit: limits.bodyLimit, type: jsonTypes, verify: checkUtf8 }),
  ];
}

/** Refuses parsed JSON nested deeper than `maxDepth` or holding a `__proto__` key. */
export function checkParsedJson(value: unknown, maxDepth: number): void {
  const problem = checkJsonShape(value, maxDepth);
  if (problem?.kind === 'too-deep') {
    throw typedProblem('invalid-json', problemText('tooDeep', { maxDepth }));
  }
  if (problem?.kind === 'forbidden-key') {
    throw inputProblem('invalid-request', problemText('forbiddenKey'), [
      { path: problem.path, message: problemText('protoKey') },
    ]);
  }
}
