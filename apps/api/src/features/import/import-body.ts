import express, { type RequestHandler } from 'express';
import type { JsonBodyLimits } from '../../http/json-body.js';
import { checkUtf8, jsonTypes } from '../../http/json-body.js';
import { statusProblem } from '../../http/problem.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every media type the import reads: a directory's JSON, CSV text, a workbook. */
export const importTypes = [...jsonTypes, 'text/csv', XLSX_TYPE];

const acceptPost = { 'Accept-Post': ['application/json', 'text/csv', XLSX_TYPE].join(', ') };

/** CSV comes from spreadsheets in these; the reader tells UTF-16 by its byte order mark. */
const csvCharsets = new Set(['utf-8', 'utf8', 'utf-16', 'windows-1252', 'iso-8859-1', 'us-ascii']);

const charsetParameter = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/**
 * Refuses, before reading a byte, a body in a media type the import does not read (415), JSON in
 * another charset than UTF-8 (RFC 8259 §8.1) and CSV in a charset it cannot decode.
 */
const importContentType: RequestHandler = (req, _res, next) => {
  if (req.headers['content-length'] === '0' || req.is(importTypes) === null) {
    next();
    return;
  }
  if (req.is(importTypes) === false) {
    throw statusProblem(
      415,
      `Send the document as application/json (scim, msgraph, google-directory), text/csv or ${XLSX_TYPE} (got "${(req.get('content-type') ?? '').slice(0, 100)}").`,
      {},
      acceptPost,
    );
  }
  const charset = charsetParameter.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && req.is(jsonTypes) && charset !== 'utf-8') {
    throw statusProblem(
      415,
      `Send the JSON in UTF-8: charset=${charset.slice(0, 40)} is not accepted.`,
      {},
      acceptPost,
    );
  }
  if (charset !== undefined && req.is('text/csv') && !csvCharsets.has(charset)) {
    throw statusProblem(
      415,
      `Send the CSV in UTF-8, UTF-16 or Windows-1252: charset=${charset.slice(0, 40)} is not accepted.`,
      {},
      acceptPost,
    );
  }
  next();
};

/**
 * The import's body as bytes (a Buffer in `req.body`), within the size limit; JSON must be UTF-8.
 * The format's reader does the rest, from the bytes.
 */
export function importBody(limits: Pick<JsonBodyLimits, 'bodyLimit'>): RequestHandler[] {
  return [
    importContentType,
    express.raw({
      limit: limits.bodyLimit,
      type: importTypes,
      verify: (req, res, bytes) => {
        if ((req as express.Request).is(jsonTypes))
          checkUtf8(req as express.Request, res as express.Response, bytes);
      },
    }),
  ];
}
