import { maxDatabaseInteger } from '@orgwise/contract';
import type { Request, RequestHandler } from 'express';
import { isId } from '../storage/ids.js';
import { statusProblem } from './problem.js';
import { problemText } from './problem-texts/problem-text.js';

// The ids in the URL of a saved resource. A malformed id names nothing, so it is a 404 like an
// unknown one, but the message says what is wrong with it; the database is not asked.

function shown(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function idParam(req: Request, name: 'workspaceId' | 'scenarioId', what: string): string {
  const id = String(req.params[name]);
  if (!isId(id)) {
    throw statusProblem(404, problemText('malformedId', { what, id: shown(id) }));
  }
  return id;
}

export function workspaceIdParam(req: Request): string {
  return idParam(req, 'workspaceId', 'workspace');
}

export function scenarioIdParam(req: Request): string {
  return idParam(req, 'scenarioId', 'scenario');
}

export function revisionParam(req: Request): number {
  const text = String(req.params.version);
  const version = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(version <= maxDatabaseInteger)) {
    throw statusProblem(404, problemText('malformedRevision', { version: shown(text) }));
  }
  return version;
}

/** Checks the ids in the path before anything else is read, so a bad link is a 404 at once. */
export const savedParams: RequestHandler = (req, _res, next) => {
  if (req.params.workspaceId !== undefined) workspaceIdParam(req);
  if (req.params.scenarioId !== undefined) scenarioIdParam(req);
  if (req.params.version !== undefined) revisionParam(req);
  next();
};
